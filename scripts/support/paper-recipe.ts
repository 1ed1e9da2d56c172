import { BUILT_PRESETS } from '../../src/lib/lenet/networks/registry.ts';
import { saveModel } from '../../src/lib/model/artifacts.ts';
import { setNamedWeights } from '../../src/lib/model/named-weights.ts';
import { modelOf } from '../../src/lib/model/build.ts';
import { LENET5_PLACEMENT } from '../../src/lib/mnist/placement.ts';
import { parsePaperRecipe, runPaperRecipe, sdlmNetwork, type PaperRecipe } from '../../src/lib/sdlm/index.ts';
import { WASM_SDLM_RUNNER, WasmSdlmRunner } from '../../src/lib/sdlm/wasm-runner.ts';
import { sdlmBinary } from './lane-binaries.ts';
import type { DistortionRanges } from '../../src/lib/mnist/distortion-ranges.ts';
import { useBackend } from './backend.ts';
import { loadMnist } from './mnist-files.ts';
import { writeSavedModel } from './model-files.ts';

/** The flags of `npm run train -- --recipe paper`, as parseArgs gives them. */
export type RecipeFlags = Partial<
  Record<
    'passes' | 'hessian-patterns' | 'mu' | 'j' | 'eta-scale' | 'patterns' | 'seed' | 'init-power' | 'hessian-every',
    string
  > & { 'hessian-sum': boolean }
>;

/** Checks the flags, or throws one message that lists every bad one with its range. */
export function recipeOf(flags: RecipeFlags): PaperRecipe {
  const texts = {
    passes: flags.passes,
    hessianPatterns: flags['hessian-patterns'],
    mu: flags.mu,
    j: flags.j,
    etaScale: flags['eta-scale'],
    patterns: flags.patterns,
    seed: flags.seed,
    initPower: flags['init-power'],
    hessianEvery: flags['hessian-every'],
  };
  const given = Object.fromEntries(Object.entries(texts).filter(([, text]) => text !== undefined));
  const parsed = parsePaperRecipe(given);
  if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
  return { ...parsed.value, hessianSum: flags['hessian-sum'] === true };
}

/** Trains the paper's LeNet-5 by the paper's recipe (SDLM, Eq. 9, the paper's schedule) and writes the model. */
export async function trainByPaperRecipe(recipe: PaperRecipe, out: string, distort?: DistortionRanges): Promise<void> {
  const paper = BUILT_PRESETS.find((built) => built.preset === 'paper')!;
  const network = sdlmNetwork(paper.network, paper.input);
  const train = loadMnist('train');
  const test = loadMnist('test');
  console.info(
    `Training LeNet-5 (paper) by the paper's recipe: SDLM, ${recipe.passes} passes over ${recipe.patterns} digits, mu ${recipe.mu}, j ${recipe.j}, eta x ${recipe.etaScale}, Hessian on ${recipe.hessianPatterns} patterns${recipe.hessianSum ? ' (summed)' : ''} every ${recipe.hessianEvery}, init 2.4/F^${recipe.initPower}, seed ${recipe.seed}${distort ? ', on the originals and nine distortions of each' : ''}`,
  );
  const module = await WebAssembly.compile(await sdlmBinary());
  const started = performance.now();
  const result = runPaperRecipe({
    network,
    runner: (sdlm, settings) => new WasmSdlmRunner(sdlm, settings, module),
    placement: LENET5_PLACEMENT,
    recipe,
    ...(distort ? { distort } : {}),
    train,
    test,
    onPass: (report) =>
      console.info(
        `pass ${report.pass}: eta ${report.eta}, steps ${report.smallestStep.toExponential(1)} to ${report.largestStep.toExponential(1)}, loss ${report.loss.toFixed(3)}, online error ${(report.onlineError * 100).toFixed(2)}%, test error ${(report.testError * 100).toFixed(2)}%, ${report.seconds.toFixed(0)} s`,
      ),
  });
  if (result.diverged) console.error(result.diverged);
  await useBackend('cpu');
  const built = modelOf(paper.network, paper.input);
  if (!built.ok) throw new Error(built.error.message);
  const model = built.value;
  setNamedWeights(model, network.toTfjs(result.theta));
  const last = result.passes.at(-1);
  const saved = await saveModel(model, {
    network: 'lenet5',
    preset: 'paper',
    input: paper.input,
    digitBox: LENET5_PLACEMENT.digitBox,
    recipe: 'paper',
    settings: recipe,
    ...(distort ? { distortions: distort } : {}),
    passes: result.passes,
    ...(result.diverged ? { diverged: result.diverged } : {}),
    testError: last?.testError ?? null,
    testAccuracy: last ? 1 - last.testError : null,
    trainingSeconds: Math.round((performance.now() - started) / 1000),
    backend: WASM_SDLM_RUNNER,
  });
  writeSavedModel(out, saved);
  model.dispose();
  console.info(
    `Wrote ${out}${last ? ` (test error ${(last.testError * 100).toFixed(2)}% after ${last.pass} passes)` : ''}`,
  );
  if (result.diverged) process.exitCode = 1;
}
