import { RUN_PARTS, type RunPartTimes } from '../../src/lib/model/run-parts.ts';

/**
 * A run's time by part, each with its share of the run: "kernels 5,210 ms (86.1%), batches 120 ms (2.0%),
 * …, other 31 ms (0.5%)", where "other" is what no part claimed (the loop itself, garbage collection).
 */
export function partsInWords(parts: RunPartTimes, runMs: number): string {
  const claimed = RUN_PARTS.reduce((sum, part) => sum + parts[part], 0);
  const shares = [...RUN_PARTS.map((part) => [part, parts[part]] as const), ['other', runMs - claimed] as const];
  return shares
    .map(([part, ms]) => `${part} ${Math.round(ms).toLocaleString('en-US')} ms (${((ms / runMs) * 100).toFixed(1)}%)`)
    .join(', ');
}

/** Digits a playground run of `epochs` trains on: whole batches, as many as its cosine schedule plans. */
export const trainedDigits = (epochs: number, batchSize: number, trainingDigits = 60_000): number =>
  Math.round(epochs * Math.floor(trainingDigits / batchSize)) * batchSize;

/**
 * The run's rate over an epoch against its own kernels' rate (digits over the time in the kernels): the
 * share of training time the kernels keep, measured within one run, so that the machine's speed,
 * which changes from one minute to the next, cancels out.
 */
export function kernelShare(samplesPerSecond: number, kernelsMs: number, digits: number): number {
  return samplesPerSecond / (digits / (kernelsMs / 1000));
}
