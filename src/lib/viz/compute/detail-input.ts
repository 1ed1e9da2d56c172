import { figure } from '../../explain/describe.ts';
import { INPUT_LEVELS } from '../../paper/training.ts';
import type { InputWork } from '../../explain/work.ts';
import { drawLines, type Parent } from './detail-kit.ts';

/** How a pixel's grey level becomes the input level the network reads. */
export function inputDetail(parent: Parent, work: InputWork): void {
  const { background, foreground } = INPUT_LEVELS;
  drawLines(
    parent,
    'compute-total',
    work.grey === undefined
      ? [`Outside the digit's box: the background level, ${figure(background)}.`]
      : [
          `level = ${figure(background)} + (grey / 255) × (${figure(foreground)} − ${figure(background)})`,
          `= ${figure(background)} + (${figure(work.grey, 1)} / 255) × ${figure(foreground - background)} = ${figure(work.level)}`,
        ],
  );
}
