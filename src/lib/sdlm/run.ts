import type { MnistSet } from '../mnist/dataset.ts';
import { seededRandom } from '../mnist/dataset.ts';
import type { Placement } from '../mnist/placement.ts';
import type { DistortionRanges } from '../mnist/distortion-ranges.ts';
import type { SdlmNetwork } from './network.ts';
import { imageOf, patternSource, type PatternSource } from './patterns.ts';
import type { PaperRecipe } from './recipe.ts';
import { etaOf } from './schedule.ts';
import { initialParameters, SdlmRunner, stepSizes, type SdlmRunnerLike, type SdlmSettings } from './trainer.ts';

/** One pass of the paper's recipe: its eta, the step sizes it used, and the errors after it. */
export interface PassReport {
  readonly pass: number;
  readonly eta: number;
  readonly smallestStep: number;
  readonly largestStep: number;
  /** Mean Eq. 9 loss over the pass, each pattern measured before its own update. */
  readonly loss: number;
  /** Share of the pass's patterns answered wrongly before their own update. */
  readonly onlineError: number;
  readonly testError: number;
  readonly seconds: number;
}

export interface RecipeResult {
  readonly theta: Float64Array;
  readonly passes: readonly PassReport[];
  /** Why the run stopped early, when it diverged. */
  readonly diverged?: string;
}

/** Patterns in the window the loss is watched over. */
export const DIVERGENCE_WINDOW = 2_000;

/** The class `theta` gives each digit of `set`. */
export function answersOn(
  runner: SdlmRunnerLike,
  theta: Float64Array,
  set: MnistSet,
  placement: Placement,
): Uint8Array {
  const buffer = new Float32Array(placement.input.height * placement.input.width);
  const answers = new Uint8Array(set.count);
  for (let index = 0; index < set.count; index++)
    answers[index] = runner.pattern(theta, imageOf(set, index, placement, buffer), set.labels[index]!, 'none').answer;
  return answers;
}

/** Share of the digits of `set` that `answers` gets wrong. */
const errorOf = (answers: Uint8Array, set: MnistSet) =>
  answers.filter((answer, index) => answer !== set.labels[index]).length / set.count;

/** Test error of `theta` on every digit of `set`. */
export function errorOn(runner: SdlmRunnerLike, theta: Float64Array, set: MnistSet, placement: Placement): number {
  return errorOf(answersOn(runner, theta, set, placement), set);
}

export interface RecipeOptions {
  readonly network: SdlmNetwork;
  readonly placement: Placement;
  readonly recipe: PaperRecipe;
  readonly train: MnistSet;
  readonly test: MnistSet;
  /** Trains on Section III-B's enlarged set, distorted within these ranges, instead of the digits as they are. */
  readonly distort?: DistortionRanges;
  /** Makes the runner: `SdlmRunner` unless told otherwise (the CLI uses `WasmSdlmRunner`, the same arithmetic, faster). */
  readonly runner?: (network: SdlmNetwork, settings: SdlmSettings) => SdlmRunnerLike;
}

/** What a run reports as it goes: every `TICK` patterns, and after each pass with its answers on the test set. */
export type RecipeEvent =
  | { readonly type: 'tick'; readonly pass: number; readonly patterns: number; readonly meanLoss: number }
  | { readonly type: 'pass'; readonly report: PassReport; readonly answers: Uint8Array };

/** Patterns between two ticks: often enough for a page to pause or stop a run within a fraction of a second. */
export const TICK = 250;

/** A run under way: the runner's live parameters, and the run itself, one event at a time. */
export interface RecipeSteps {
  readonly theta: Float64Array;
  readonly events: Generator<RecipeEvent, RecipeResult, void>;
}

/**
 * The paper's training (Section III-B, Appendix C): weights uniform in +-2.4/F,
 * the patterns in one random order kept for every pass, before each pass the
 * diagonal Hessian estimated on the next `hessianPatterns` of them, then one
 * SDLM update per pattern with the pass's eta. Stops, and says why, if the loss
 * turns non-finite or its mean over 2,000 patterns rises above the untrained network's.
 * Step by step, so that a worker can answer its messages between ticks.
 */
export function paperRecipeSteps(options: RecipeOptions): RecipeSteps {
  const { network, recipe } = options;
  const settings = { mu: recipe.mu, j: recipe.j };
  const runner = options.runner?.(network, settings) ?? new SdlmRunner(network, settings);
  const theta = runner.adopt(initialParameters(network, seededRandom(recipe.seed), recipe.initPower));
  return { theta, events: recipeEvents(runner, theta, options) };
}

/** The patterns the `estimate`th estimate of h uses: the next `count` of the fixed order, wrapping round. */
function hessianSample(order: Uint32Array, estimate: number, count: number): number[] {
  return Array.from({ length: count }, (_, p) => order[(estimate * count + p) % order.length]!);
}

/** Estimates h on the `estimate`th sample (summed, not averaged, if the recipe says so); gives the sample's mean loss. */
function estimateCurvature(
  runner: SdlmRunnerLike,
  theta: Float64Array,
  estimate: number,
  order: Uint32Array,
  source: PatternSource,
  { placement, recipe }: RecipeOptions,
): number {
  const buffer = new Float32Array(placement.input.height * placement.input.width);
  const sample = hessianSample(order, estimate, recipe.hessianPatterns);
  const loss = runner.estimateHessian(
    theta,
    sample.map((pattern) => source.image(pattern, buffer)),
    sample.map((pattern) => source.label(pattern)),
  );
  if (recipe.hessianSum) for (let k = 0; k < runner.hessian.length; k++) runner.hessian[k]! *= sample.length;
  return loss;
}

/** The smallest and largest of a pass's step sizes, for its report. */
function stepRange(steps: Float64Array): Pick<PassReport, 'smallestStep' | 'largestStep'> {
  let smallestStep = Infinity;
  let largestStep = 0;
  for (const step of steps) {
    smallestStep = Math.min(smallestStep, step);
    largestStep = Math.max(largestStep, step);
  }
  return { smallestStep, largestStep };
}

function* recipeEvents(
  runner: SdlmRunnerLike,
  theta: Float64Array,
  options: RecipeOptions,
): Generator<RecipeEvent, RecipeResult, void> {
  const { placement, recipe, train, test } = options;
  const source = patternSource(train, recipe, placement, options.distort);
  const buffer = new Float32Array(placement.input.height * placement.input.width);
  const passes: PassReport[] = [];
  let startLoss = 0;
  let seen = 0;
  let estimates = 0;
  for (let pass = 0; pass < recipe.passes; pass++) {
    const began = performance.now();
    const order = source.orderOf(pass);
    // Rounded, so that 0.00001 x 0.1 is written 0.000001 and not 0.0000010000000000000002.
    const eta = Number((etaOf(pass) * recipe.etaScale).toPrecision(6));
    const sampleLoss = estimateCurvature(runner, theta, estimates++, order, source, options);
    // What the untrained network scores: a run whose loss climbs back above it is going the wrong way.
    if (pass === 0) startLoss = sampleLoss;
    let steps = stepSizes(runner.hessian, eta, recipe.mu);
    const firstSteps = steps;
    let total = 0;
    let window = 0;
    let tick = 0;
    let wrong = 0;
    for (let p = 0; p < order.length; p++) {
      if (p > 0 && p % recipe.hessianEvery === 0) {
        estimateCurvature(runner, theta, estimates++, order, source, options);
        steps = stepSizes(runner.hessian, eta, recipe.mu);
      }
      const pattern = order[p]!;
      const label = source.label(pattern);
      const { value, answer } = runner.step(theta, source.image(pattern, buffer), label, steps);
      total += value;
      window += value;
      tick += value;
      if (answer !== label) wrong++;
      seen++;
      const where = `pass ${pass + 1}, after ${(p + 1).toLocaleString('en')} patterns`;
      if (!Number.isFinite(value))
        return { theta, passes, diverged: `The loss is no longer a finite number (${where}); the run stopped.` };
      if ((p + 1) % DIVERGENCE_WINDOW === 0) {
        const mean = window / DIVERGENCE_WINDOW;
        if (seen >= DIVERGENCE_WINDOW && mean > startLoss)
          return {
            theta,
            passes,
            diverged: `The run diverged (${where}): the mean loss over the last ${DIVERGENCE_WINDOW.toLocaleString('en')} patterns is ${mean.toFixed(2)}, above the untrained network's ${startLoss.toFixed(2)}; it stopped.`,
          };
        window = 0;
      }
      if ((p + 1) % TICK === 0 || p === order.length - 1) {
        yield { type: 'tick', pass, patterns: p + 1, meanLoss: tick / ((p % TICK) + 1) };
        tick = 0;
      }
    }
    const answers = answersOn(runner, theta, test, placement);
    const report: PassReport = {
      pass: pass + 1,
      eta,
      ...stepRange(firstSteps),
      loss: total / order.length,
      onlineError: wrong / order.length,
      testError: errorOf(answers, test),
      seconds: (performance.now() - began) / 1000,
    };
    passes.push(report);
    yield { type: 'pass', report, answers };
    const collapse = collapseOf(passes, order.length);
    if (collapse) return { theta, passes, diverged: collapse };
  }
  return { theta, passes };
}

/** A test error from which no run here has come back: one digit in two answered wrongly. */
export const COLLAPSED_ERROR = 0.5;

/**
 * Why a run that had learned has collapsed, if it has: its last pass ends at or above COLLAPSED_ERROR
 * after an earlier pass below it. Its loss can stay under the untrained network's (the outputs sit
 * between the prototypes), so the loss watch alone would let it run out its passes at chance.
 */
export function collapseOf(passes: readonly PassReport[], patterns: number): string | undefined {
  const last = passes.at(-1)!;
  const best = Math.min(...passes.map((pass) => pass.testError));
  if (last.testError < COLLAPSED_ERROR || best >= COLLAPSED_ERROR) return undefined;
  const percent = (share: number) => `${(share * 100).toFixed(2)}%`;
  return `The run collapsed (pass ${last.pass}, after ${patterns.toLocaleString('en')} patterns): its test error is ${percent(last.testError)}, after ${percent(best)} at best; it stopped.`;
}

/** `paperRecipeSteps` run to its end in one call, as the command line runs it. */
export function runPaperRecipe(options: RecipeOptions & { onPass?: (report: PassReport) => void }): RecipeResult {
  const { events } = paperRecipeSteps(options);
  for (;;) {
    const next = events.next();
    if (next.done) return next.value;
    if (next.value.type === 'pass') options.onPass?.(next.value.report);
  }
}
