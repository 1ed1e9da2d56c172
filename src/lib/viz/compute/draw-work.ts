import { select } from 'd3-selection';
import { describeWork } from '../../explain/describe.ts';
import type { UnitWork } from '../../explain/work.ts';
import { convolutionDetail } from './detail-convolution.ts';
import type { DetailContext, Parent } from './detail-kit.ts';
import { fullDetail } from './detail-full.ts';
import { inputDetail } from './detail-input.ts';
import { distanceDetail, softmaxDetail } from './detail-output.ts';
import { subsamplingDetail } from './detail-subsampling.ts';

type Detail<K extends UnitWork['kind']> = (
  parent: Parent,
  work: Extract<UnitWork, { kind: K }>,
  context: DetailContext,
) => void;

/** One view per kind of work; a new kind is a type error here until it has one. */
const DETAILS: { readonly [K in UnitWork['kind']]: Detail<K> } = {
  input: inputDetail,
  convolution: convolutionDetail,
  subsampling: subsamplingDetail,
  full: fullDetail,
  distance: distanceDetail,
  softmax: softmaxDetail,
};

/**
 * The unit's computation with its real numbers: one sentence that a screen
 * reader announces, then the kernels, windows, sums and squashing drawn out.
 */
export function drawWork(container: HTMLElement, work: UnitWork, context: DetailContext): void {
  const root = select(container);
  root
    .selectAll('p.compute-sentence')
    .data([work])
    .join('p')
    .attr('class', 'compute-sentence')
    // Announced each time the reader moves to another unit, without taking the focus from the map.
    .attr('aria-live', 'polite')
    .text(describeWork);
  let detail = root.select<HTMLElement>('div.compute-detail');
  if (detail.empty() || detail.attr('data-kind') !== work.kind) {
    detail.remove();
    detail = root.append<HTMLElement>('div').attr('class', 'compute-detail').attr('data-kind', work.kind);
  }
  const draw = DETAILS[work.kind] as Detail<UnitWork['kind']>;
  draw(detail, work, context);
}
