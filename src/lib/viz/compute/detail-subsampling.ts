import { figure, roundingNote, squashingText } from '../../explain/describe.ts';
import type { SubsamplingWork } from '../../explain/work.ts';
import { drawLines, type DetailContext, type Parent } from './detail-kit.ts';
import { drawNumberGrids } from './number-grid.ts';

/** The window a subsampling unit reads, its sum, the coefficient and bias (or the average), and the squashing. */
export function subsamplingDetail(parent: Parent, work: SubsamplingWork, context: DetailContext): void {
  const { height: rows, width: columns } = work.window;
  drawNumberGrids(parent, [
    {
      caption: `Window of ${context.below} map ${work.unit.map}`,
      rows,
      columns,
      values: work.values,
      extent: context.belowExtent,
    },
  ]);
  const added = Array.from(work.values, (value) => figure(value)).join(' + ');
  drawLines(parent, 'compute-total', [
    `Sum: ${added} = ${figure(work.total)}${roundingNote([Array.from(work.values), work.total])}`,
    work.trainable
      ? `a = ${figure(work.total)} × coefficient ${figure(work.trainable.coefficient)} + bias ${figure(work.trainable.bias)} = ${figure(work.sum)}`
      : `Average: ${figure(work.total)} / ${work.values.length} = ${figure(work.sum)}`,
    squashingText(work),
  ]);
}
