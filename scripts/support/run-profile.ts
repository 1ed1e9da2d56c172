import type { BenchResult } from '../../bench/page.ts';
import { PRESET_NETWORKS } from '../../src/lib/playground/networks.ts';
import { DEFAULT_FIELDS, parseSettings } from '../../src/lib/playground/settings.ts';
import { benchBrowser, runInWorker } from './bench-browser.ts';
import { kernelShare, partsInWords, trainedDigits } from './parts-in-words.ts';

/**
 * One playground run with the defaults (but `epochs`), in Chromium's worker as a reader starts it,
 * beside the lane engine's raw rate on ready-made batches: where the run's time goes, and how much
 * of the raw rate the run keeps.
 */
interface RunToProfile {
  readonly network: string;
  readonly epochs: string;
  readonly seed: number;
  /** The batch size; the playground's default when absent. */
  readonly batch?: string;
}

export async function profileRun({ network, epochs, seed, batch }: RunToProfile) {
  const bench = await benchBrowser(4340);
  try {
    const page = await bench.open(true);
    const fields = { ...DEFAULT_FIELDS, network, epochs, ...(batch ? { batchSize: batch } : {}) };
    const parsed = parseSettings(fields, { wasmPath: '/wasm/', dataPath: '/data/' }, PRESET_NETWORKS);
    if (!parsed.ok) throw new Error(parsed.messages.join(' '));
    const { batchSize } = parsed.settings;
    const raw = await page.evaluate(
      (config) => (window as unknown as { runLanes: (c: object) => Promise<BenchResult> }).runLanes(config),
      { batches: 200, batchSize, convnetSamples: 0 },
    );
    const run = await runInWorker(page, { ...parsed.settings, seed }, 2);
    if (!run.parts) throw new Error('The worker did not say where its time went.');
    const share = (run.samplesPerSecond / raw.trainSamplesPerSec) * 100;
    console.info(
      `${parsed.settings.label}, ${epochs} epoch(s), batch ${batchSize}, seed ${seed}, ${run.backend}, in Chromium's worker:`,
    );
    console.info(
      `  raw lane rate on ready-made batches (${raw.backend}): ${raw.trainSamplesPerSec.toFixed(0)} digits/s`,
    );
    console.info(
      `  in the run: ${run.samplesPerSecond.toFixed(0)} digits/s over its last epoch, ${share.toFixed(0)}% of the raw rate`,
    );
    const digits = trainedDigits(parsed.settings.epochs, batchSize);
    const kept = kernelShare(run.samplesPerSecond, run.parts.kernels, digits) * 100;
    console.info(
      `  its kernels alone: ${(digits / (run.parts.kernels / 1000)).toFixed(0)} digits/s; an epoch keeps ${kept.toFixed(0)}% of their rate`,
    );
    console.info(`  the run's ${(run.parts.run / 1000).toFixed(1)} s: ${partsInWords(run.parts, run.parts.run)}`);
  } finally {
    await bench.close();
  }
}
