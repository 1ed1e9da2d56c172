import type { Ink } from '../drawing/ink.ts';

/** One connected piece of ink: its pixels' box and how many pixels it has. */
export interface Component {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly area: number;
  /** The component's own pixels on paper of the line's size, other ink left out. */
  readonly ink: Ink;
}

/**
 * The classic pipeline's segmentation: the 8-connected pieces of ink above `threshold`, left to right,
 * pieces under `smallest` pixels dropped as noise. Touching digits come out as one piece and a broken
 * digit as several, which is what Section VII's SDNN avoids.
 */
export function connectedComponents(ink: Ink, threshold = 127, smallest = 12): Component[] {
  const { width, height, pixels } = ink;
  const seen = new Uint8Array(width * height);
  const found: Component[] = [];
  const stack: number[] = [];
  for (let start = 0; start < width * height; start++) {
    if (seen[start] || pixels[start]! <= threshold) continue;
    const members: number[] = [];
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const at = stack.pop()!;
      members.push(at);
      const x = at % width;
      const y = (at - x) / width;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const next = ny * width + nx;
          if (seen[next] || pixels[next]! <= threshold) continue;
          seen[next] = 1;
          stack.push(next);
        }
    }
    if (members.length < smallest) continue;
    const own = new Uint8Array(width * height);
    let [left, right, top, bottom] = [width, -1, height, -1];
    for (const at of members) {
      own[at] = pixels[at]!;
      const x = at % width;
      const y = (at - x) / width;
      [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
    }
    found.push({ left, right, top, bottom, area: members.length, ink: { width, height, pixels: own } });
  }
  return found.sort((a, b) => a.left - b.left);
}
