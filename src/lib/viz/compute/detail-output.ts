import { select } from 'd3-selection';
import { figure, roundingNote } from '../../explain/describe.ts';
import { PROTOTYPE_SIZE } from '../../lenet/prototypes.ts';
import type { DistanceWork, SoftmaxWork } from '../../explain/work.ts';
import { paintTile } from '../draw-feature-maps.ts';
import { block, drawLines, extentOf, type DetailContext, type Parent } from './detail-kit.ts';
import { drawTerms } from './detail-terms.ts';

interface Bar {
  readonly unit: number;
  readonly value: number;
  readonly chosen: boolean;
  readonly selected: boolean;
}

/** The ten units' values as bars, the answer marked in words as well as in colour. */
function drawBars(parent: Parent, caption: string, bars: readonly Bar[], note: string): void {
  const largest = Math.max(...bars.map((bar) => Math.abs(bar.value))) || 1;
  const table = parent
    .selectAll('table.compute-bars')
    .data([caption])
    .join((enter) => {
      const made = enter.append('table').attr('class', 'compute-bars');
      made.append('caption');
      made.append('tbody');
      return made;
    });
  table.select('caption').text(caption);
  table
    .select('tbody')
    .selectAll<HTMLTableRowElement, Bar>('tr')
    .data(bars)
    .join((enter) =>
      enter
        .append('tr')
        .call((row) => row.append('th').attr('scope', 'row'))
        .call((row) => row.append('td').attr('class', 'compute-bar').append('span'))
        .call((row) => row.append('td').attr('class', 'compute-bar-value')),
    )
    .classed('compute-chosen', (bar) => bar.chosen)
    .classed('compute-selected', (bar) => bar.selected)
    .call((row) => row.select('th').text((bar) => String(bar.unit)))
    .call((row) =>
      row.select('td.compute-bar span').style('width', (bar) => `${(Math.abs(bar.value) / largest) * 100}%`),
    )
    .call((row) =>
      row.select('td.compute-bar-value').text((bar) => `${figure(bar.value)}${bar.chosen ? ` ${note}` : ''}`),
    );
}

/** The ten units' values, marked with the answer and the unit the reader chose. */
const barsOf = (values: readonly number[], work: DistanceWork | SoftmaxWork): Bar[] =>
  values.map((value, unit) => ({ unit, value, chosen: unit === work.answer, selected: unit === work.unit.map }));

const BITMAPS = ['The layer below', 'Prototype', 'Squared differences'];

/** Eq. 7 for the chosen unit as three 7x12 bitmaps, then the ten distances, the smallest the answer. */
export function distanceDetail(parent: Parent, work: DistanceWork, context: DetailContext): void {
  const squares = work.inputs.map((value, i) => (value - work.prototype[i]!) ** 2);
  const pictures = [work.inputs, work.prototype, squares];
  const bitmapsFit = work.inputs.length === PROTOTYPE_SIZE.height * PROTOTYPE_SIZE.width;
  block(parent, 'compute-bitmaps')
    .selectAll<HTMLElement, Float32Array>('figure.compute-bitmap')
    .data(bitmapsFit ? pictures : [])
    .join((enter) =>
      enter
        .append('figure')
        .attr('class', 'compute-bitmap')
        .call((made) => made.append('canvas').attr('aria-hidden', 'true'))
        .call((made) => made.append('figcaption')),
    )
    .each(function (values, index) {
      const caption =
        index === 0 ? `${context.below}'s ${values.length} outputs` : `${BITMAPS[index]!} of unit ${work.unit.map}`;
      select(this).select('figcaption').text(caption);
      paintTile(
        this.querySelector('canvas')!,
        { name: caption, ...PROTOTYPE_SIZE, channels: 1, values },
        index === 0 ? context.belowExtent : extentOf(values),
      );
    });
  drawLines(parent, 'compute-total', [
    `Distance of unit ${work.unit.map}: the sum of the ${squares.length} squared differences = ${figure(work.distances[work.unit.map]!)}`,
  ]);
  drawBars(
    parent,
    'The ten distances; the smallest is the answer',
    barsOf(work.distances, work),
    '(smallest: the answer)',
  );
}

/** A softmax unit's logit from its largest products, then the ten probabilities, the largest the answer. */
export function softmaxDetail(parent: Parent, work: SoftmaxWork, context: DetailContext): void {
  drawTerms(parent, work.terms, context.below);
  const logit = work.logits[work.unit.map]!;
  const rows = [...work.terms.largest.map((term) => term.value * term.weight), work.terms.rest];
  const note = roundingNote([rows, logit - work.bias], [[logit - work.bias, work.bias], logit]);
  drawLines(parent, 'compute-total', [
    `Logit of unit ${work.unit.map}: ${figure(logit - work.bias)} (all ${work.terms.count} products) + bias ${figure(work.bias)} = ${figure(logit)}${note}`,
    `Probability: e^${figure(logit)} divided by the sum of e^logit over the ten units = ${figure(work.probabilities[work.unit.map]!)}`,
  ]);
  drawBars(
    parent,
    'The ten probabilities; the largest is the answer',
    barsOf(work.probabilities, work),
    '(largest: the answer)',
  );
}
