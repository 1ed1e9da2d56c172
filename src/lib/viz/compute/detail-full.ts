import { figure, roundingNote, squashingText } from '../../explain/describe.ts';
import type { FullWork } from '../../explain/work.ts';
import { drawLines, type DetailContext, type Parent } from './detail-kit.ts';
import { drawTerms } from './detail-terms.ts';

/** A full unit's largest products, the rest summed, its bias, sum and squashing. */
export function fullDetail(parent: Parent, work: FullWork, context: DetailContext): void {
  drawTerms(parent, work.terms, context.below);
  const rows = [...work.terms.largest.map((term) => term.value * term.weight), work.terms.rest];
  const products = rows.reduce((sum, row) => sum + row, 0);
  // The table's rows are rounded too: own up to it where they do not add up to the products' total.
  const note = roundingNote([rows, products], [[products, work.bias], work.sum]);
  drawLines(parent, 'compute-total', [
    `a = ${figure(products)} (all ${work.terms.count} products) + bias ${figure(work.bias)} = ${figure(work.sum)}${note}`,
    squashingText(work),
  ]);
}
