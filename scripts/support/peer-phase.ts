import type { TrainingSettings } from '../../src/lib/model/worker/protocol.ts';
import { medianOf } from '../../src/lib/sdlm/band.ts';
import { pytorchPeer, secondsTo } from './pytorch-peer.ts';

/** What the browser's run to the target reports, as the bench page gives it. */
interface BrowserRun {
  readonly reached: boolean;
  readonly seconds: number;
  readonly samplesPerSecond: number;
  /** The full tests after each epoch. */
  readonly tests: readonly { readonly seconds: number; readonly accuracy: number }[];
}

/** A lower level, for when one side never reaches the target: the ratio of times is still measured. */
const FALLBACK_TARGET = 0.985;

/**
 * Native PyTorch on the same cores, the same network (the site's own PyTorch export) and the same recipe as
 * the browser's runs to `target`, seed for seed; prints both and the ratio of their median times.
 */
export function benchPeer(
  settings: TrainingSettings,
  seeds: readonly number[],
  target: number,
  browser: readonly BrowserRun[],
) {
  if (settings.schedule !== 'cosine') return { skipped: 'the peer anneals by cosine only' };
  const peer = pytorchPeer({
    network: settings.network,
    input: settings.placement.input,
    epochs: settings.epochs,
    batchSize: settings.batchSize,
    learningRate: settings.learningRate,
    maxShift: settings.maxShift ?? 0,
    warmupSteps: settings.warmupSteps ?? 0,
    averageDecay: settings.averageDecay ?? 0,
    seeds,
    threads: 2,
  });
  if (!peer.ok) {
    console.info(`\nNative PyTorch peer skipped: ${peer.why}.`);
    return { skipped: peer.why };
  }
  console.info(
    `\nNative PyTorch ${peer.torch}, ${peer.threads} threads, the site's PyTorch export of ${settings.label}, the same recipe:`,
  );
  const rows = peer.runs.map((run, index) => {
    const seconds = secondsTo(run, target);
    const mine = browser[index];
    console.info(
      `  seed ${run.seed}: ${run.samplesPerSecond.toFixed(0)} digits/s, ${seconds === undefined ? `never ${(target * 100).toFixed(1)}%` : `${(target * 100).toFixed(1)}% after ${seconds.toFixed(1)} s`}, final ${(run.tests.at(-1)!.accuracy * 100).toFixed(2)}%; the browser: ${mine ? `${mine.samplesPerSecond.toFixed(0)} digits/s, ${mine.reached ? `${mine.seconds.toFixed(1)} s` : 'not reached'}` : 'no run'}`,
    );
    return { seed: run.seed, samplesPerSecond: run.samplesPerSecond, secondsToTarget: seconds, tests: run.tests };
  });
  const ratios = [...new Set([target, FALLBACK_TARGET])].map((level) => {
    const peerTimes = peer.runs.flatMap((run) => secondsTo(run, level) ?? []);
    const browserTimes = browser.flatMap((run) => run.tests.find((test) => test.accuracy >= level)?.seconds ?? []);
    const ratio = peerTimes.length && browserTimes.length ? medianOf(browserTimes) / medianOf(peerTimes) : undefined;
    console.info(
      `  median time to ${(level * 100).toFixed(1)}%: browser ${browserTimes.length ? medianOf(browserTimes).toFixed(1) : '-'} s (${browserTimes.length} of ${browser.length} seeds), PyTorch ${peerTimes.length ? medianOf(peerTimes).toFixed(1) : '-'} s (${peerTimes.length} of ${rows.length})${ratio === undefined ? '' : `: the browser takes ${ratio.toFixed(2)}x PyTorch's time (target at most 0.5x)`}`,
    );
    return { level, ratio };
  });
  const ratio = ratios[0]!.ratio;
  return { torch: peer.torch, runs: rows, ratio, ratios };
}
