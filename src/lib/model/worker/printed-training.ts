import type { MnistSet } from '../../mnist/index.ts';
import { printedRun, sdlmNetwork, type PaperRecipe } from '../../sdlm/index.ts';
import type { FromWorker, TrainingSettings } from './protocol.ts';

/** A pause between digits, so that a reader can watch the run go wrong rather than read that it did. */
const PACE_MS = 60;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The printed recipe's first pass, digit by digit, reported as it goes; `gate` lets pause and stop in. */
export async function runPrinted(
  settings: TrainingSettings,
  recipe: PaperRecipe,
  train: MnistSet,
  host: { post(message: FromWorker): void; gate(): Promise<void>; isStopped(): boolean },
): Promise<void> {
  host.post({ type: 'backend', backend: 'sdlm', measurements: [], detail: '1 thread(s); one digit at a time' });
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const run = printedRun(sdlmNetwork(settings.network, settings.placement.input), recipe, train, settings.placement);
  while (!host.isStopped()) {
    const next = run.next();
    if (next.done) {
      host.post({ type: 'printed-end', outcome: next.value });
      host.post({ type: 'done', seconds: seconds(), tensors: 0 });
      return;
    }
    host.post({ type: 'printed', event: next.value, seconds: seconds() });
    await host.gate();
    if (next.value.type === 'digit') await sleep(PACE_MS);
  }
}
