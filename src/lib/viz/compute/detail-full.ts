import { figure, squashingText } from '../../explain/describe.ts';
import type { FullWork } from '../../explain/work.ts';
import { drawLines, type DetailContext, type Parent } from './detail-kit.ts';
import { drawTerms } from './detail-terms.ts';

/** A full unit's largest products, the rest summed, its bias, sum and squashing. */
export function fullDetail(parent: Parent, work: FullWork, context: DetailContext): void {
  drawTerms(parent, work.terms, context.below);
  const products = work.terms.largest.reduce((sum, term) => sum + term.value * term.weight, work.terms.rest);
  drawLines(parent, 'compute-total', [
    `a = ${figure(products)} (all ${work.terms.count} products) + bias ${figure(work.bias)} = ${figure(work.sum)}`,
    squashingText(work),
  ]);
}
