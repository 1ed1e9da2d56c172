/**
 * Training and inference speed of this project's trainer against its peers, in
 * headless Chromium, on the same digits and the same modern LeNet-5:
 *   npm run bench -- --out bench.json [--batches 40] [--seeds 1,2,3,4,5] [--no-time-to-accuracy] [--no-published] [--no-pytorch]
 */
import { parseArgs } from 'node:util';
import type { BenchResult, TimeToAccuracy } from '../bench/page.ts';
import { writeFileSync } from 'node:fs';
import { positiveNumber } from './support/args.ts';
import { benchBrowser, runInWorker } from './support/bench-browser.ts';
import { kernelShare, partsInWords, trainedDigits } from './support/parts-in-words.ts';
import { benchPublished } from './support/published-phase.ts';
import { benchPeer } from './support/peer-phase.ts';
import { PRESET_NETWORKS } from '../src/lib/playground/networks.ts';
import { DEFAULT_FIELDS, parseSettings } from '../src/lib/playground/settings.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    batches: { type: 'string', default: '40' },
    port: { type: 'string', default: '4330' },
    'time-to-accuracy': { type: 'boolean', default: true },
    'no-time-to-accuracy': { type: 'boolean', default: false },
    // The site built for /lenet5/ on a host with no headers, after its service worker, beside the same with headers.
    'no-published': { type: 'boolean', default: false },
    'speed-runs': { type: 'string', default: '3' },
    // Native PyTorch (Debian's python3-torch) on the same network and recipe, after the browser's runs to 99%.
    'no-pytorch': { type: 'boolean', default: false },
    // The time to 99% is measured with the playground's defaults unless told otherwise, then the paper preset's to 98.5%.
    network: { type: 'string', default: DEFAULT_FIELDS.network },
    target: { type: 'string', default: '0.99' },
    'paper-target': { type: 'string', default: '0.985' },
    seeds: { type: 'string', default: '1' },
    epochs: { type: 'string', default: DEFAULT_FIELDS.epochs },
    'batch-size': { type: 'string', default: DEFAULT_FIELDS.batchSize },
    'learning-rate': { type: 'string', default: DEFAULT_FIELDS.learningRate },
  },
});
const batches = positiveNumber(values.batches, '--batches');

const port = positiveNumber(values.port, '--port');
const bench = await benchBrowser(port);
const { browser } = bench;
const batchSize = positiveNumber(values['batch-size'], '--batch-size');
const seeds = values.seeds.split(',').map((seed) => positiveNumber(seed, '--seeds'));

/** The playground's settings for `network`, from its own form parser, with a seed. */
function settingsFor(network: string, seed: number, base = '/') {
  const parsed = parseSettings(
    { network, epochs: values.epochs, batchSize: values['batch-size'], learningRate: values['learning-rate'] },
    { wasmPath: `${base}wasm/`, dataPath: `${base}data/` },
    PRESET_NETWORKS,
  );
  if (!parsed.ok) throw new Error(parsed.messages.join(' '));
  return { ...parsed.settings, seed };
}

/** The results as a table, each training speed also as a multiple of `peer`'s. */
function printTable(results: readonly BenchResult[], peer: string): void {
  const peerRate = results.find((result) => result.name === peer)?.trainSamplesPerSec ?? 0;
  const header = `x ${peer}`.padStart(Math.max(14, peer.length + 4));
  console.info(`name                  backend                        train samples/s${header}   infer ms/digit`);
  for (const result of results) {
    const ratio = peerRate > 0 ? (result.trainSamplesPerSec / peerRate).toFixed(2) : '-';
    console.info(
      `${result.name.padEnd(22)}${result.backend.padEnd(31)}${result.trainSamplesPerSec.toFixed(0).padStart(15)}${ratio.padStart(header.length)}${result.inferMsPerDigit.toFixed(2).padStart(17)}`,
    );
  }
}

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};

try {
  const page = await bench.open(true);
  const results = await page.evaluate(
    (config) => (window as unknown as { runBench: (c: object) => Promise<BenchResult[]> }).runBench(config),
    { batches, batchSize, convnetSamples: Math.min(batches * batchSize, 1536) },
  );
  console.info(`Batches of ${batchSize}, the playground's batch size.`);
  printTable(results, 'convnetjs');
  /** The lane engine on ready-made batches of the modern preset: what a real run of that preset is measured against. */
  const laneRate = results.find((result) => result.name === 'lenet5-explorer')?.trainSamplesPerSec ?? 0;
  const rawFor = (network: string) => (network === 'modern' ? laneRate : 0);
  const plain = await bench.open(false);
  const headerlessResults = await plain.evaluate(
    (config) => (window as unknown as { runHeaderless: (c: object) => Promise<BenchResult[]> }).runHeaderless(config),
    { batches, batchSize, convnetSamples: 0 },
  );
  await plain.close();
  console.info('\nServed without COOP and COEP (not cross-origin isolated: a first visit to a plain static host):');
  printTable(headerlessResults, 'lenet5-explorer-tfjs');
  const runs: { network: string; seed: number; run: TimeToAccuracy }[] = [];
  const summaries: unknown[] = [];
  if (values['time-to-accuracy'] && !values['no-time-to-accuracy']) {
    const targets = [
      { network: values.network, target: Number(values.target) },
      { network: 'paper', target: Number(values['paper-target']) },
    ];
    for (const { network, target } of targets) {
      const mine: TimeToAccuracy[] = [];
      for (const seed of seeds) {
        const settings = settingsFor(network, seed);
        const run = await runInWorker(page, settings, target);
        runs.push({ network, seed, run });
        mine.push(run);
        const verdict = run.reached
          ? `reached ${(target * 100).toFixed(1)}% in ${run.seconds.toFixed(1)} s of training`
          : `stopped at ${(run.accuracy * 100).toFixed(2)}% after ${run.seconds.toFixed(1)} s`;
        console.info(
          `\nIn the worker (${settings.label}, seed ${seed}, ${settings.epochs} epochs, batch ${settings.batchSize}, ${run.backend}, ${run.samplesPerSecond.toFixed(0)} samples/s): ${verdict}; the run ended at ${(run.finalAccuracy * 100).toFixed(2)}% after ${run.finalSeconds.toFixed(1)} s of training, ${run.wallSeconds.toFixed(1)} s from start with download and backend choice; the page drew ${run.pageFramesPerSecond.toFixed(0)} frames/s meanwhile.`,
        );
        if (run.parts) {
          const kept = kernelShare(
            run.samplesPerSecond,
            run.parts.kernels,
            trainedDigits(settings.epochs, settings.batchSize),
          );
          console.info(
            `  Its time by part: ${partsInWords(run.parts, run.parts.run)}; its last epoch kept ${(kept * 100).toFixed(0)}% of its kernels' rate.`,
          );
        }
        const raw = rawFor(network);
        if (raw > 0)
          console.info(`  It trained at ${((run.samplesPerSecond / raw) * 100).toFixed(0)}% of the raw lane rate.`);
      }
      const reached = mine.filter((run) => run.reached);
      const raw = rawFor(network);
      const kept = raw > 0 ? spread(mine.map((run) => run.samplesPerSecond / raw)) : undefined;
      const summary = {
        network,
        target,
        seeds: seeds.length,
        reached: reached.length,
        secondsToTarget: reached.length ? spread(reached.map((run) => run.seconds)) : undefined,
        finalAccuracy: spread(mine.map((run) => run.finalAccuracy)),
        finalSeconds: spread(mine.map((run) => run.finalSeconds)),
        pageFramesPerSecond: spread(mine.map((run) => run.pageFramesPerSecond)),
        shareOfRawLaneRate: kept,
      };
      summaries.push(summary);
      console.info(
        `\n${network}: ${reached.length} of ${seeds.length} seeds reached ${(target * 100).toFixed(1)}%; ${JSON.stringify(summary)}`,
      );
    }
  }
  const defaultRuns = runs.filter((each) => each.network === values.network).map((each) => each.run);
  const peer =
    values['no-pytorch'] || defaultRuns.length === 0
      ? undefined
      : benchPeer(settingsFor(values.network, seeds[0]!), seeds, Number(values.target), defaultRuns);
  const published = values['no-published']
    ? undefined
    : await benchPublished(browser, {
        port: port + 2,
        seeds,
        target: Number(values.target),
        settings: (seed, base) => settingsFor(values.network, seed, base),
        speedRuns: positiveNumber(values['speed-runs'], '--speed-runs'),
      });
  const report = {
    date: new Date().toISOString(),
    batchSize,
    batches,
    results,
    headerless: headerlessResults,
    runs,
    summaries,
    published,
    peer,
  };
  if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 2));
} finally {
  await bench.close();
}
