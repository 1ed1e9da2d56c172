import { blankInk, boundingBox, type Ink } from '../drawing/ink.ts';
import { MNIST_SIDE } from '../mnist/placement.ts';
import { LENET_SIDE } from '../mnist/preprocess.ts';

/** Rows of a line of digits: LeNet-5's input height, a 28-row digit with 2 rows above and below. */
export const LINE_HEIGHT = LENET_SIDE;
const TOP = (LENET_SIDE - MNIST_SIDE) / 2;

/** Where a digit of a line lies: its label and the columns its ink spans (`left` to `right`, inclusive). */
export interface PlacedDigit {
  readonly label: number;
  readonly left: number;
  readonly right: number;
}

export interface Line {
  readonly ink: Ink;
  readonly digits: readonly PlacedDigit[];
}

export interface LineDigit {
  /** 28x28 MNIST bytes. */
  readonly pixels: Uint8Array;
  readonly label: number;
  /** Drawn or not: an unpainted digit still takes its place, for Section VII-B's blank instances. */
  readonly painted?: boolean;
}

const digitInk = (pixels: Uint8Array): Ink => ({ width: MNIST_SIDE, height: MNIST_SIDE, pixels });

/**
 * Digits left to right on one line LINE_HEIGHT high: `gaps[i]` columns between the ink of digit i
 * and digit i + 1 (negative: they overlap), each moved `offsets[i]` rows down (up if negative),
 * `margin` columns of paper before the first and after the last. Where two digits overlap, the
 * darker pixel wins; ink moved off the line is lost.
 */
export function composeLine(
  digits: readonly LineDigit[],
  gaps: readonly number[],
  offsets: readonly number[],
  margin: number,
): Line {
  const boxes = digits.map((digit) => boundingBox(digitInk(digit.pixels)) ?? { x: 0, y: 0, width: 1, height: 1 });
  const lefts: number[] = [];
  let at = margin;
  boxes.forEach((box, index) => {
    lefts.push(at);
    at += box.width + (gaps[index] ?? 0);
  });
  const width = lefts.at(-1)! + boxes.at(-1)!.width + margin;
  const ink = blankInk(width, LINE_HEIGHT);
  digits.forEach((digit, index) => {
    if (digit.painted === false) return;
    const shiftX = lefts[index]! - boxes[index]!.x;
    const shiftY = TOP + (offsets[index] ?? 0);
    for (let y = 0; y < MNIST_SIDE; y++)
      for (let x = 0; x < MNIST_SIDE; x++) {
        const value = digit.pixels[y * MNIST_SIDE + x]!;
        const row = y + shiftY;
        const column = x + shiftX;
        if (value === 0 || row < 0 || row >= LINE_HEIGHT || column < 0 || column >= width) continue;
        const target = row * width + column;
        ink.pixels[target] = Math.max(ink.pixels[target]!, value);
      }
  });
  const placed = digits.map((digit, index) => ({
    label: digit.label,
    left: lefts[index]!,
    right: lefts[index]! + boxes[index]!.width - 1,
  }));
  return { ink, digits: placed };
}

/** Section VII-B's "salt and pepper noise (random pixel inversions)": each pixel inverted with chance `share`. */
export function saltAndPepper(ink: Ink, share: number, random: () => number): Ink {
  const pixels = ink.pixels.map((value) => (random() < share ? 255 - value : value));
  return { ...ink, pixels };
}

/** The `width` columns of `ink` starting at `left`, paper where they fall outside it. */
export function cropColumns(ink: Ink, left: number, width: number): Ink {
  const out = blankInk(width, ink.height);
  for (let y = 0; y < ink.height; y++)
    for (let x = 0; x < width; x++) {
      const column = left + x;
      if (column >= 0 && column < ink.width) out.pixels[y * width + x] = ink.pixels[y * ink.width + column]!;
    }
  return out;
}
