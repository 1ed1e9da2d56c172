/**
 * The paper's recipe as printed, measured: the step sizes eta / (mu + h_kk) of its
 * first pass, per layer, from the site's estimate of h_kk on the first 500 patterns
 * (Section III-B says they "varied between approximately 7 x 10^-5 and 0.016"), and
 * which scales of the printed eta diverge within one short pass, for three seeds.
 * Writes src/lib/sdlm/printed-recipe.json, which the results page reads:
 *   node scripts/record-printed-recipe.ts [--seeds 1,2,3] [--patterns 6000]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILT_PRESETS } from '../src/lib/lenet/networks/registry.ts';
import { LENET5_PLACEMENT } from '../src/lib/mnist/placement.ts';
import { PAPER_RECIPE, runPaperRecipe, sdlmNetwork } from '../src/lib/sdlm/index.ts';
import { WasmSdlmRunner } from '../src/lib/sdlm/wasm-runner.ts';
import { positiveNumber } from './support/args.ts';
import { sdlmBinary } from './support/lane-binaries.ts';
import { loadMnist } from './support/mnist-files.ts';
import { seededRandom, shuffledIndices } from '../src/lib/mnist/dataset.ts';
import { firstPassSteps, initialParameters } from '../src/lib/sdlm/index.ts';

/** The scales of the printed eta tried, largest first: 1 is the paper's schedule as printed. */
const THRESHOLD_SCALES = [1, 0.5, 0.3, 0.2, 0.1] as const;

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: '1,2,3' }, patterns: { type: 'string', default: '6000' } },
});
const seeds = values.seeds.split(',').map((seed) => positiveNumber(seed, '--seeds'));
const patterns = positiveNumber(values.patterns, '--patterns');
const paper = BUILT_PRESETS.find((built) => built.preset === 'paper')!;
const network = sdlmNetwork(paper.network, paper.input);
const module = await WebAssembly.compile(await sdlmBinary());
const runner = (sdlm: typeof network, settings: { mu: number; j: number }) =>
  new WasmSdlmRunner(sdlm, settings, module);
const train = loadMnist('train');
const test = loadMnist('test');

/** The first pass's step sizes as a run of the recipe with this seed computes them. */
function stepsOfSeed(seed: number) {
  const sdlm = runner(network, PAPER_RECIPE);
  const theta = sdlm.adopt(initialParameters(network, seededRandom(seed)));
  const order = shuffledIndices(train.count, seed);
  return firstPassSteps(network, sdlm, theta, { ...PAPER_RECIPE, seed }, train, order, LENET5_PLACEMENT).layers;
}
const steps = seeds.map((seed) => ({ seed, layers: stepsOfSeed(seed) }));
for (const { seed, layers } of steps) {
  const line = layers.map(
    (layer) =>
      `${layer.name} ${layer.min.toExponential(1)}..${layer.max.toExponential(1)} (${(layer.atCap * 100).toFixed(0)}% at cap)`,
  );
  console.info(`seed ${seed}: ${line.join(', ')}`);
}
const threshold = [];
for (const etaScale of THRESHOLD_SCALES) {
  for (const seed of seeds) {
    const recipe = { ...PAPER_RECIPE, passes: 1, patterns, etaScale, seed };
    const result = runPaperRecipe({ network, placement: LENET5_PLACEMENT, recipe, train, test, runner });
    const testError = result.passes.at(-1)?.testError ?? null;
    threshold.push({ etaScale, seed, diverged: result.diverged ?? null, testError });
    console.info(
      `eta x ${etaScale}, seed ${seed}: ${result.diverged ?? `test error ${((testError ?? 0) * 100).toFixed(2)}% after ${patterns} patterns`}`,
    );
  }
}
const out = join(import.meta.dirname, '..', 'src', 'lib', 'sdlm', 'printed-recipe.json');
writeFileSync(
  out,
  `${JSON.stringify({ patterns, hessianPatterns: PAPER_RECIPE.hessianPatterns, steps, threshold }, null, 2)}\n`,
);
console.info(`Wrote ${out}`);
