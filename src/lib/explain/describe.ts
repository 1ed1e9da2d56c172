import type { Activation } from '../lenet/activation.ts';
import { SCALED_TANH } from '../lenet/activation.ts';
import type { Squashing, UnitWork } from './work.ts';

/** A number as the figure prints it: three decimals, a true minus sign, never NaN. */
export function figure(value: number, decimals = 3): string {
  if (!Number.isFinite(value)) return 'not a number';
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** The value `figure` prints, as a number: what a reader adds up. */
const printed = (value: number, decimals: number): number => {
  const text = figure(value, decimals).replace('−', '-');
  return Number(text);
};

/**
 * Whether `terms`, each printed at `decimals`, add up to `total` as printed: a reader adding up the shown
 * terms gets the shown total. Compared in whole units of the last decimal, so that float noise cannot differ.
 */
export function addsUpAsPrinted(terms: readonly number[], total: number, decimals = 3): boolean {
  const scale = 10 ** decimals;
  const shown = terms.reduce((sum, term) => sum + Math.round(printed(term, decimals) * scale), 0);
  return shown === Math.round(printed(total, decimals) * scale);
}

/** A sum as a line of working shows it: its terms and its total. */
export type ShownSum = readonly [terms: readonly number[], total: number];

/** The words that own up to rounding where some shown terms do not add up to their shown total; else nothing. */
export function roundingNote(...sums: readonly ShownSum[]): string {
  return sums.every(([terms, total]) => addsUpAsPrinted(terms, total)) ? '' : ' (each term rounded to 3 decimals)';
}

/** Terms written as a sum a reader would write: "0.256 − 0.925 + 1.203", each with its own label if given. */
export function signedSum(terms: readonly { value: number; label?: string }[]): string {
  return terms
    .map(({ value, label }, index) => {
      const text = `${figure(Math.abs(value))}${label ? ` ${label}` : ''}`;
      if (index === 0) return value < 0 ? `−${text}` : text;
      return `${value < 0 ? ' − ' : ' + '}${text}`;
    })
    .join('');
}

/** The squashing as a formula with the unit's numbers in it. */
export function squashingText({ sum, activation, output }: Squashing): string {
  const a = figure(sum);
  const slope = `${SCALED_TANH.slopeFraction.numerator}/${SCALED_TANH.slopeFraction.denominator}`;
  const formulas: Record<Activation, string> = {
    'scaled-tanh': `f(a) = ${SCALED_TANH.amplitude} tanh(${slope} × ${a}) = ${figure(output)}`,
    tanh: `f(a) = tanh(${a}) = ${figure(output)}`,
    sigmoid: `f(a) = 1 / (1 + e^(−${a})) = ${figure(output)}`,
    relu: `f(a) = max(0, ${a}) = ${figure(output)}`,
    identity: `no squashing: the output is a = ${figure(output)}`,
    softmax: `softmax across the units gives ${figure(output)}`,
  };
  return formulas[activation];
}

const where = (work: UnitWork) =>
  work.spatial
    ? `${work.layer} map ${work.unit.map}, row ${work.unit.y}, column ${work.unit.x}`
    : `${work.layer} unit ${work.unit.map}`;

const pixel = (work: UnitWork) => `${work.layer} pixel at row ${work.unit.y}, column ${work.unit.x}`;

/** The unit's computation in one or two sentences, for the figure's caption and for screen readers. */
export function describeWork(work: UnitWork): string {
  switch (work.kind) {
    case 'input':
      return work.grey === undefined
        ? `${pixel(work)}: in the margin around the digit, so it holds the background level ${figure(work.level)}.`
        : `${pixel(work)}: MNIST grey level ${figure(work.grey, 0)} of 255, scaled to the input level ${figure(work.level)}.`;
    case 'convolution': {
      const products = work.kernel.height * work.kernel.width;
      const sums = work.links.map((link) => link.partial);
      const total = sums.reduce((sum, partial) => sum + partial, 0);
      // A sentence names the sums it adds; the working below lists every partial sum, rounded, as well.
      const tail = (...rounded: readonly ShownSum[]) =>
        `plus the bias ${figure(work.bias)}, give a = ${figure(work.sum)}${roundingNote(...rounded)}; ${squashingText(work)}.`;
      if (work.links.length === 1)
        return `${where(work)}: the ${products} products of its kernel and its window of map ${work.links[0]!.map} below sum to ${figure(total)}; ${tail([[total, work.bias], work.sum])}`;
      if (work.links.length > 6)
        return `${where(work)} reads all ${work.links.length} maps below, ${products} products from each: its ${work.links.length} partial sums add up to ${figure(total)}; ${tail([sums, total], [[total, work.bias], work.sum])}`;
      const partials = signedSum(sums.map((value) => ({ value })));
      return `${where(work)} reads ${work.links.length} maps below (${work.links.map((link) => link.map).join(', ')}), ${products} products from each: the partial sums ${partials}, ${tail([[...sums, work.bias], work.sum])}`;
    }
    case 'subsampling':
      return work.trainable
        ? `${where(work)}: its ${work.values.length} inputs sum to ${figure(work.total)}; times the coefficient ${figure(work.trainable.coefficient)} plus the bias ${figure(work.trainable.bias)} gives a = ${figure(work.sum)}; ${squashingText(work)}.`
        : `${where(work)}: the average of its ${work.values.length} inputs, ${figure(work.total)} / ${work.values.length} = ${figure(work.sum)}; ${squashingText(work)}.`;
    case 'full':
      return `${where(work)}: ${work.terms.count} products sum to ${figure(work.sum - work.bias)}, plus the bias ${figure(work.bias)}, give a = ${figure(work.sum)}${roundingNote([[work.sum - work.bias, work.bias], work.sum])}; ${squashingText(work)}.`;
    case 'distance':
      return `Output unit ${work.unit.map}: the squared distance from the ${work.inputs.length} outputs of the layer below to prototype ${work.unit.map} is ${figure(work.distances[work.unit.map]!)}. The smallest of the ten is unit ${work.answer}'s, ${figure(work.distances[work.answer]!)}, so the network answers ${work.answer}.`;
    case 'softmax':
      return `Output unit ${work.unit.map}: logit ${figure(work.logits[work.unit.map]!)}, probability ${figure(work.probabilities[work.unit.map]!)}. The largest probability is unit ${work.answer}'s, ${figure(work.probabilities[work.answer]!)}, so the network answers ${work.answer}.`;
  }
}
