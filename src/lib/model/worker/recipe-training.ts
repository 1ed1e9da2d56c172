import type { MnistSet } from '../../mnist/index.ts';
import { paperRecipeSteps, sdlmNetwork, TICK, type PaperRecipe } from '../../sdlm/index.ts';
import { SDLM_BINARY, WasmSdlmRunner } from '../../sdlm/wasm-runner.ts';
import { modelOf } from '../build.ts';
import { namedWeights, setNamedWeights } from '../named-weights.ts';
import { tf, type tfl } from '../tf.ts';
import { accuracyOf, confusionOf } from './confusion.ts';
import type { FromWorker, TrainingSettings } from './protocol.ts';

/** What the worker lends a run of the paper's recipe. */
export interface RecipeHost {
  post(message: FromWorker, transfer?: Transferable[]): void;
  /** Resolves when pending messages have been answered and the run is not paused. */
  gate(): Promise<void>;
  isStopped(): boolean;
  /** The model the drawing pad asks while the run goes on, and how to bring it up to date first. */
  lend(model: tfl.LayersModel, refresh: () => void): void;
}

async function sdlmModule(wasmPath: string): Promise<WebAssembly.Module> {
  try {
    const response = await fetch(`${wasmPath}${SDLM_BINARY}`);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return await WebAssembly.compile(await response.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The paper's recipe needs WebAssembly with SIMD, which this browser could not load (${reason}).`, {
      cause: error,
    });
  }
}

/**
 * Trains `settings.network` by the paper's recipe in double precision, reporting
 * in the worker's usual messages: a pass is an epoch, and every `TICK` digits a
 * "batch". A tfjs copy of the network answers the drawing pad and gives the weights kept.
 */
export async function trainByRecipe(
  settings: TrainingSettings,
  recipe: PaperRecipe,
  sets: { readonly train: MnistSet; readonly test: MnistSet },
  host: RecipeHost,
): Promise<void> {
  const network = sdlmNetwork(settings.network, settings.placement.input);
  const module = await sdlmModule(settings.wasmPath);
  const built = modelOf(settings.network, settings.placement.input);
  if (!built.ok) throw new Error(built.error.message);
  const model = built.value;
  const run = paperRecipeSteps({
    network,
    placement: settings.placement,
    recipe,
    ...sets,
    runner: (layers, sdlm) => new WasmSdlmRunner(layers, sdlm, module),
  });
  const refresh = () => setNamedWeights(model, network.toTfjs(run.theta));
  host.lend(model, refresh);
  host.post({
    type: 'backend',
    backend: 'sdlm',
    measurements: [],
    detail: "1 thread(s); the paper's recipe runs one digit at a time",
  });
  const batches = Math.ceil(recipe.patterns / TICK);
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let digits = 0;
  // Digits per second of training alone: the test after each pass is left out.
  let trainingSeconds = 0;
  let resumed = performance.now();
  while (!host.isStopped()) {
    const next = run.events.next();
    if (next.done) {
      if (next.value.diverged) throw new Error(next.value.diverged);
      host.post({ type: 'done', seconds: seconds(), tensors: tf.memory().numTensors });
      return;
    }
    const event = next.value;
    if (event.type === 'tick') {
      digits += ((event.patterns - 1) % TICK) + 1;
      trainingSeconds += (performance.now() - resumed) / 1000;
      const batch = Math.ceil(event.patterns / TICK) - 1;
      const loss = event.meanLoss;
      host.post({
        type: 'progress',
        epoch: event.pass,
        batch,
        batches,
        loss,
        samplesPerSecond: digits / trainingSeconds,
        seconds: seconds(),
      });
      await host.gate();
      resumed = performance.now();
      continue;
    }
    refresh();
    const { pass } = event.report;
    const confusion = confusionOf(event.answers, sets.test);
    const testAccuracy = accuracyOf(confusion, sets.test);
    const predictions = event.answers;
    const at = { epoch: pass - 1, batch: batches - 1, epochs: pass, testAccuracy };
    host.post({ type: 'tested', ...at, full: true, confusion, predictions, seconds: seconds() }, [predictions.buffer]);
    const weights = namedWeights(model);
    host.post(
      { type: 'weights', epochs: pass, testAccuracy, weights },
      weights.map((array) => array.data.buffer),
    );
    resumed = performance.now();
  }
}
