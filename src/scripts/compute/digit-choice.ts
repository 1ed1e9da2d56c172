import type { Computation } from '../../lib/explain/explain.ts';
import type { GuideDigit } from '../../lib/mnist/guide-digits.ts';

/** Adds each shipped digit's test number to its option: "A 7 (test digit 0)". */
export function labelShippedDigits(choice: HTMLSelectElement, digits: readonly GuideDigit[]): void {
  for (const digit of digits) {
    const option = [...choice.options].find((candidate) => candidate.value === String(digit.label));
    if (option) option.textContent = `A ${digit.label} (test digit ${digit.index})`;
  }
}

/** What the figure shows and what the network answers: "Test digit 0, labelled 7; the network answers 7." */
export function describeDigit(
  digit: { index: number | undefined; label: number | undefined },
  computation: Computation,
): string {
  const last = computation.network.layers.at(-1)!;
  const scores = Array.from(computation.passes.at(-1)!.output.values.subarray(0, 10));
  const rbf = last.kind === 'output' && last.classifier.type === 'rbf';
  const answer = scores.indexOf(rbf ? Math.min(...scores) : Math.max(...scores));
  const what = digit.index === undefined ? 'Your drawing' : `Test digit ${digit.index}, labelled ${digit.label}`;
  return `${what}; the network answers ${answer}.`;
}
