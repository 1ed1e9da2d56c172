import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { TrainingSettings } from '../../src/lib/model/worker/protocol.ts';
import { openPublished, type PublishedSite, type WorkerRun } from './published-bench.ts';
import { serveFolders } from './static-server.ts';

const BASE = '/lenet5/';
const ROOT = join(import.meta.dirname, '..', '..');
const BUILT = join(ROOT, 'dist-subpath');

/** dist-subpath/, built for /lenet5/ by `npm run build:subpath` unless it already is. */
function ensureSubpathBuild(): void {
  const home = join(BUILT, 'index.html');
  if (existsSync(home) && readFileSync(home, 'utf8').includes(`href="${BASE}`)) return;
  console.info(`Building the site for ${BASE} into dist-subpath/ (npm run build:subpath)…`);
  execFileSync('npm', ['run', 'build:subpath'], { cwd: ROOT, stdio: 'inherit' });
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const range = (values: readonly number[], digits: number) =>
  `${Math.min(...values).toFixed(digits)} to ${Math.max(...values).toFixed(digits)}, median ${median(values).toFixed(digits)}`;

export interface PublishedOptions {
  readonly port: number;
  readonly seeds: readonly number[];
  readonly target: number;
  /** The playground's settings for a seed, with the worker's files under `base`. */
  readonly settings: (seed: number, base: string) => TrainingSettings;
  /** Alternating short runs on each server, for the speed with and without headers. */
  readonly speedRuns: number;
}

/**
 * The site as it is published under a sub-path: dist-subpath/ served once by a
 * host that sends no headers, where the second load is the service worker's, and
 * once with COOP and COEP. Prints the worker's speed on each, side by side, and
 * the header-less site's time to the target for each seed.
 */
export async function benchPublished(browser: Browser, options: PublishedOptions) {
  ensureSubpathBuild();
  const plainServer = await serveFolders({ [BASE]: BUILT }, options.port, { isolated: false });
  const headerServer = await serveFolders({ [BASE]: BUILT }, options.port + 1);
  try {
    const url = (port: number) => `http://127.0.0.1:${port}${BASE}playground/`;
    const plain = await openPublished(browser, url(options.port), BASE, { serviceWorker: true });
    const headers = await openPublished(browser, url(options.port + 1), BASE, { serviceWorker: false });
    const short = (seed: number) => ({ ...options.settings(seed, BASE), epochs: 0.5 });
    const speed = { plain: [] as WorkerRun[], headers: [] as WorkerRun[] };
    for (let run = 1; run <= options.speedRuns; run++) {
      speed.plain.push(await plain.run(short(run), 1));
      speed.headers.push(await headers.run(short(run), 1));
    }
    await headers.page.context().close();
    const rate = (runs: WorkerRun[]) => median(runs.map((run) => run.samplesPerSecond));
    console.info(
      `\nThe site built for ${BASE} (dist-subpath/), the playground's worker, half an epoch, median of ${options.speedRuns}:`,
    );
    console.info(
      `  served with COOP and COEP:                     ${rate(speed.headers).toFixed(0)} digits/s (${speed.headers[0]!.backend})`,
    );
    console.info(
      `  no headers, second load (the service worker's): ${rate(speed.plain).toFixed(0)} digits/s (${speed.plain[0]!.backend}; isolated: ${speed.plain[0]!.isolated}) = ${(rate(speed.plain) / rate(speed.headers)).toFixed(2)} x with headers`,
    );
    const runs = await timeToTarget(plain, options);
    await plain.page.context().close();
    return { speed, runs };
  } finally {
    plainServer.close();
    headerServer.close();
  }
}

async function timeToTarget(site: PublishedSite, options: PublishedOptions) {
  const runs: { seed: number; run: WorkerRun }[] = [];
  const percent = (options.target * 100).toFixed(1);
  for (const seed of options.seeds) {
    const run = await site.run(options.settings(seed, BASE), options.target);
    runs.push({ seed, run });
    const reached =
      run.secondsToTarget === undefined
        ? `did not reach ${percent}%`
        : `${percent}% after ${run.secondsToTarget.toFixed(1)} s of training, ${run.wallSecondsToTarget!.toFixed(1)} s from pressing Train`;
    console.info(
      `  seed ${seed} (no headers, service worker, ${run.backend}, ${run.samplesPerSecond.toFixed(0)} digits/s): ${reached}; final ${(run.finalAccuracy * 100).toFixed(2)}%`,
    );
  }
  const wall = runs.flatMap(({ run }) => (run.wallSecondsToTarget === undefined ? [] : [run.wallSecondsToTarget]));
  const within = wall.filter((seconds) => seconds <= 60).length;
  console.info(
    `  ${within} of ${runs.length} seeds reached ${percent}% within 60 s of pressing Train${wall.length ? ` (${range(wall, 1)} s)` : ''}.`,
  );
  return runs;
}
