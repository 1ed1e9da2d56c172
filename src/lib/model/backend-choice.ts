import { tf } from './tf.ts';

export interface Measured {
  readonly backend: string;
  readonly samplesPerSecond: number;
}

/**
 * Tries each backend on the same short training run and keeps the fastest: a
 * real GPU makes webgl win; software GL or none leaves it to wasm. A backend
 * that fails to start or to run counts as zero.
 */
export async function chooseBackend(
  candidates: readonly string[],
  run: () => Promise<number> | number,
): Promise<{ backend: string; measurements: Measured[] }> {
  const measurements: Measured[] = [];
  for (const backend of candidates) {
    let samplesPerSecond = 0;
    try {
      if (await tf.setBackend(backend)) samplesPerSecond = await run();
    } catch {
      samplesPerSecond = 0;
    }
    measurements.push({ backend, samplesPerSecond });
  }
  const best = measurements.reduce((a, b) => (b.samplesPerSecond > a.samplesPerSecond ? b : a));
  if (best.samplesPerSecond === 0) throw new Error(`No backend could train: tried ${candidates.join(', ')}.`);
  await tf.setBackend(best.backend);
  return { backend: best.backend, measurements };
}
