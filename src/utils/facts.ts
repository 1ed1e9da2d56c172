import {
  FIGURE_NINE,
  FIGURE_NINE_UNCERTAINTY_PERCENT,
  FIRST_PASS_STEP_RANGE,
  INPUT_LEVELS,
  LENET5_INPUT_SIDE,
  LENET5_RESULT,
  MNIST_FIELD,
  PAPER,
  PAPER_TRAINING,
  type LearningRateStep,
} from '../lib/paper/index.ts';
import { analyze, BUILT_PRESETS, formatCount, layerNamed, LENET1, LENET1_ENTRY, preset } from '../lib/lenet/index.ts';
import { sdlmNetwork } from '../lib/sdlm/network.ts';
import { pretrainedMetadata } from './pretrained-metadata.ts';
import type { PretrainedModel } from '../lib/weights/pretrained-models.ts';
import { recipeRun } from './recipe-run.ts';
import { seedSpread } from './recipe-spread.ts';
import { WASM_SDLM_RUNNER } from '../lib/sdlm/wasm-runner.ts';
import { trainingSetStatistics } from './training-set-statistics.ts';
import { powerOfTen } from './power-of-ten.ts';
import { PAPER_ERROR, REPRODUCTION_BAND } from './reproduction-band.ts';

const measured = trainingSetStatistics();

/** The smallest square input at which the paper's C5 has more than one position. */
function c5GrowsAt(): string {
  for (let side = LENET5_INPUT_SIDE; side <= 2 * LENET5_INPUT_SIDE; side++) {
    const result = analyze(preset('paper'), { height: side, width: side });
    const c5 = result.ok ? layerNamed(result.value, 'C5') : undefined;
    if (c5 && c5.shape.height > 1) return `${side}x${side}`;
  }
  throw new Error(`C5 never grows between ${LENET5_INPUT_SIDE}x${LENET5_INPUT_SIDE} and twice that.`);
}

const percent = (value: number) => `${value}%`;

/** LeNet-1 as the calculator counts it, at its 28x28 input. */
function lenet1Totals() {
  const result = analyze(LENET1, LENET1_ENTRY.input);
  if (!result.ok) throw new Error(`LeNet-1 cannot be computed: ${result.error.message}`);
  return result.value.totals;
}
const lenet1 = lenet1Totals();

/** LeNet-1 with H3 reading every H2 map, as some re-implementations build it. */
function lenet1FullH3(): number {
  const layers = LENET1.layers.map((layer) =>
    layer.kind === 'convolution' ? { ...layer, connections: { type: 'full' as const } } : layer,
  ) as unknown as typeof LENET1.layers;
  const result = analyze({ ...LENET1, layers }, LENET1_ENTRY.input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.totals.trainable;
}

/** LeNet-1's count if its subsampling maps had a coefficient but no bias. */
function lenet1WithoutSubsamplingBiases(): number {
  const result = analyze(LENET1, LENET1_ENTRY.input);
  if (!result.ok) throw new Error(result.error.message);
  const subsampling = result.value.layers.filter((layer) => layer.kind === 'subsampling');
  return lenet1.trainable - subsampling.reduce((sum, layer) => sum + layer.biases, 0);
}

function reportedPercent(): number {
  const reported = LENET1_ENTRY.reportedError;
  if (!reported) throw new Error("LeNet-1's registry entry lacks the paper's test error.");
  return reported.percent;
}
const errorPercent = (name: PretrainedModel) => `${(pretrainedMetadata(name).testError * 100).toFixed(2)}%`;

/** "five seeds, 1.43% to 1.74%": the spread of a shipped model's recipe over the seeds it was run with. */
function pretrainedSeedSpread(name: PretrainedModel): string {
  const errors = Object.values(pretrainedMetadata(name).seedTestErrors ?? {});
  if (errors.length < 2) throw new Error(`The ${name} model records no spread over seeds.`);
  const shown = (value: number) => `${(value * 100).toFixed(2)}%`;
  return `${errors.length} seeds, ${shown(Math.min(...errors))} to ${shown(Math.max(...errors))}`;
}

const recipe = recipeRun();
const recipePercent = (value: number) => `${(value * 100).toFixed(2)}%`;
const bestPass = recipe.passes.reduce((best, pass) => (pass.testError < best.testError ? pass : best));
const reproductionBand = REPRODUCTION_BAND;
const paperError = PAPER_ERROR;

/** The shipped recipe's final test errors on the WebAssembly runner over every seed recorded. */
function recipeSeeds() {
  const spread = seedSpread(recipe.otherRuns ?? [], {
    etaScale: recipe.settings.etaScale,
    backend: WASM_SDLM_RUNNER,
    target: paperError,
    band: reproductionBand,
  });
  if (!spread) throw new Error('public/models/paper-sdlm records fewer than two seeds of the recipe on WebAssembly.');
  return spread;
}
const wasmSeeds = recipeSeeds();

function paperLeNet5() {
  const found = BUILT_PRESETS.find((built) => built.id === 'lenet5' && built.preset === 'paper');
  if (!found) throw new Error('The registry has no paper preset of LeNet-5.');
  return found;
}
const paperPreset = paperLeNet5();
const recipeNetwork = sdlmNetwork(paperPreset.network, paperPreset.input);

/**
 * A unit's fan-in for the initialisation +-2.4 / F: Appendix A's F, "the number of inputs (fan-in) of the unit", read
 * from the spec, beside the F the site's recipe uses (src/lib/sdlm/layers.ts), which counts the bias as one more.
 */
function fanIns(name: 'C1' | 'S2') {
  const spec = paperPreset.network.layers.find((layer) => layer.name === name);
  const inputs =
    spec?.kind === 'convolution'
      ? spec.kernel.height * spec.kernel.width * paperPreset.network.layers[0].channels
      : spec?.kind === 'subsampling'
        ? spec.window.height * spec.window.width
        : undefined;
  const trained = recipeNetwork.layers.find((layer) => layer.name === name);
  if (inputs === undefined || !trained) throw new Error(`The paper's LeNet-5 has no ${name} to initialise.`);
  return { inputs, withBias: trained.fanInOf(0) };
}
const c1FanIn = fanIns('C1');
const s2FanIn = fanIns('S2');
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The paper's schedule as a sentence: each rate, for how many passes, and the last "after". */
function scheduleInWords(): string {
  const steps: readonly LearningRateStep[] = PAPER_TRAINING.schedule;
  return steps
    .map(({ fromPass, toPass, rate }, index) => {
      if (toPass === undefined) return `${rate} after`;
      const passes = NUMBER_WORDS[toPass - fromPass + 1] ?? String(toPass - fromPass + 1);
      return index === 0 ? `${rate} for ${passes} passes` : `${rate} for ${passes}`;
    })
    .join(', ');
}

const initBound = (fanIn: number) => (PAPER_TRAINING.initRange / fanIn).toFixed(3);

/** The site's multiply-adds for the paper's LeNet-5: one per use of a weight, as the explorer counts them. */
function paperMultiplyAdds(): number {
  const result = analyze(paperPreset.network, paperPreset.input);
  if (!result.ok) throw new Error(`The paper's LeNet-5 cannot be computed: ${result.error.message}`);
  return result.value.totals.macs;
}

/** Facts from the paper that pages quote, each written in one place. */
export const FACTS = {
  year: String(PAPER.year),
  testError: percent(LENET5_RESULT.testErrorPercent),
  trainingError: percent(LENET5_RESULT.trainingErrorPercent),
  distortedError: percent(LENET5_RESULT.withDistortionsPercent),
  distortedImages: formatCount(LENET5_RESULT.distortedImages),
  passesToConverge: String(LENET5_RESULT.passesToConverge),
  multiplyAccumulates: formatCount(LENET5_RESULT.multiplyAccumulates),
  multiplyAccumulatesAboveSite: formatCount(LENET5_RESULT.multiplyAccumulates - paperMultiplyAdds()),
  errorUncertainty: percent(FIGURE_NINE_UNCERTAINTY_PERCENT),
  trainingDigits: formatCount(PAPER_TRAINING.trainingDigits),
  testDigits: formatCount(PAPER_TRAINING.testDigits),
  passes: String(PAPER_TRAINING.passes),
  mu: String(PAPER_TRAINING.mu),
  hessianSamples: String(PAPER_TRAINING.hessianSamples),
  scheduleInWords: scheduleInWords(),
  largestUnscaledStep: String(PAPER_TRAINING.schedule[0]!.rate / PAPER_TRAINING.mu),
  paperSmallestStep: powerOfTen(FIRST_PASS_STEP_RANGE.smallest),
  paperLargestStep: String(FIRST_PASS_STEP_RANGE.largest),
  background: String(INPUT_LEVELS.background),
  foreground: String(INPUT_LEVELS.foreground),
  mnistBox: `${MNIST_FIELD.box}x${MNIST_FIELD.box}`,
  mnistField: `${MNIST_FIELD.field}x${MNIST_FIELD.field}`,
  bestError: percent(Math.min(...FIGURE_NINE.map((entry) => entry.testError))),
  classifiersCompared: String(FIGURE_NINE.length),
  sitePaperError: errorPercent('paper'),
  siteModernError: errorPercent('modern'),
  siteDistortedError: errorPercent('paper-distorted'),
  sitePaperEpochs: String(pretrainedMetadata('paper').epochs),
  siteModernEpochs: String(pretrainedMetadata('modern').epochs),
  c5GrowsAt: c5GrowsAt(),
  lenet1Parameters: formatCount(lenet1.trainable),
  lenet1Connections: formatCount(lenet1.connections),
  lenet1Units: formatCount(lenet1.activations),
  lenet1MultiplyAdds: formatCount(lenet1.macs),
  lenet1FullH3Parameters: formatCount(lenet1FullH3()),
  lenet1NoSubsamplingBiases: formatCount(lenet1WithoutSubsamplingBiases()),
  lenet1PaperError: percent(reportedPercent()),
  siteLeNet1Error: errorPercent('lenet1'),
  siteLeNet1Epochs: String(pretrainedMetadata('lenet1').epochs),
  siteLeNet1Seeds: pretrainedSeedSpread('lenet1'),
  recipeError: recipePercent(recipe.testError),
  recipePasses: String(recipe.passes.length),
  recipeBestError: recipePercent(bestPass.testError),
  recipeBestPass: String(bestPass.pass),
  recipeTrainingError: recipePercent(recipe.passes.at(-1)!.onlineError),
  recipeEtaScale: String(recipe.settings.etaScale),
  recipeFirstEta: String(recipe.passes[0]!.eta),
  recipeJ: String(recipe.settings.j),
  recipeMinutes: String(Math.round(recipe.trainingSeconds / 60)),
  recipeLargestStep: powerOfTen(recipe.passes[0]!.largestStep),
  recipeSmallestStep: powerOfTen(recipe.passes[0]!.smallestStep),
  recipeSeedCount: String(wasmSeeds.seeds.length),
  recipeSeedRange: `${recipePercent(wasmSeeds.lowest)} to ${recipePercent(wasmSeeds.highest)}`,
  recipeSeedMedian: recipePercent(wasmSeeds.median),
  recipeSeedsNearPaper: wasmSeeds.withinBand === 0 ? 'none' : `${wasmSeeds.withinBand} of ${wasmSeeds.seeds.length}`,
  recipeBestSeedVersusPaper: `${(Math.abs(wasmSeeds.lowest - paperError) * 100).toFixed(2)} points ${
    wasmSeeds.lowest >= paperError ? 'above' : 'below'
  }`,
  reproductionBand: `${recipePercent(paperError - reproductionBand)} to ${recipePercent(paperError + reproductionBand)}`,
  reproductionMargin: `${(reproductionBand * 100).toFixed(2)} points`,
  initRange: String(PAPER_TRAINING.initRange),
  c1FanIn: String(c1FanIn.inputs),
  c1FanInWithBias: String(c1FanIn.withBias),
  c1InitBound: initBound(c1FanIn.inputs),
  c1InitBoundWithBias: initBound(c1FanIn.withBias),
  s2FanIn: String(s2FanIn.inputs),
  s2FanInWithBias: String(s2FanIn.withBias),
  trainingInputMean: measured.mean.toFixed(2),
  trainingInputVariance: measured.variance.toFixed(2),
} as const;

export type FactName = keyof typeof FACTS;
