import type { Computation } from '../../lib/explain/explain.ts';
import type { Unit } from '../../lib/explain/unit.ts';
import type { LaidOutPanel } from '../../lib/viz/compute/panels.ts';
import { stepUnit, unitAt } from '../../lib/viz/compute/tiles.ts';

/** The unit under the pointer, if it is over a tile of `panel`. */
export function unitFromPointer(panel: LaidOutPanel, event: PointerEvent): Unit | undefined {
  const tile = (event.target as Element).closest<HTMLElement>('.compute-tile');
  if (!tile) return undefined;
  const box = tile.getBoundingClientRect();
  const { rows, columns } = panel.layout;
  const row = Math.min(rows - 1, Math.max(0, Math.floor(((event.clientY - box.top) / box.height) * rows)));
  const column = Math.min(columns - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * columns)));
  return unitAt(panel.layout, panel.channels, Number(tile.dataset['tile']), row, column);
}

/** The unit an arrow key moves to; undefined for any other key, which the page keeps. */
export function unitFromKey(panel: LaidOutPanel, unit: Unit, event: KeyboardEvent): Unit | undefined {
  return stepUnit(panel.layout, panel.channels, unit, event.key);
}

/** Where a figure starts: the answer's unit on the output layer, else the strongest unit of the first map. */
export function firstUnit(computation: Computation, index: number): Unit {
  const { channels, height, width, values } = computation.passes[index]!.output;
  const last = computation.network.layers[index]!;
  if (last.kind === 'output') {
    const scores = Array.from(values.subarray(0, channels));
    const best = last.classifier.type === 'rbf' ? Math.min(...scores) : Math.max(...scores);
    return { map: scores.indexOf(best), y: 0, x: 0 };
  }
  let strongest = { map: 0, y: 0, x: 0 };
  let top = -Infinity;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const value = values[(y * width + x) * channels]!;
      if (value > top) [top, strongest] = [value, { map: 0, y, x }];
    }
  return strongest;
}
