import type { MnistSet } from '../mnist/dataset.ts';
import { seededRandom, shuffledIndices } from '../mnist/dataset.ts';
import { MNIST_SIDE, placeDigits, type Placement } from '../mnist/placement.ts';
import type { SdlmNetwork } from './network.ts';
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

const PIXELS = MNIST_SIDE * MNIST_SIDE;
/** Patterns in the window the loss is watched over. */
const WATCH = 2_000;

/** One digit in the network's input, maps-first, in double precision. */
function imageOf(set: MnistSet, index: number, placement: Placement, buffer: Float32Array): Float64Array {
  placeDigits(set.images.subarray(index * PIXELS, (index + 1) * PIXELS), 1, placement, buffer);
  return Float64Array.from(buffer);
}

/** Test error of `theta` on every digit of `set`. */
export function errorOn(runner: SdlmRunnerLike, theta: Float64Array, set: MnistSet, placement: Placement): number {
  const buffer = new Float32Array(placement.input.height * placement.input.width);
  let wrong = 0;
  for (let index = 0; index < set.count; index++)
    if (
      runner.pattern(theta, imageOf(set, index, placement, buffer), set.labels[index]!, 'none').answer !==
      set.labels[index]
    )
      wrong++;
  return wrong / set.count;
}

/**
 * The paper's training (Section III-B, Appendix C): weights uniform in +-2.4/F,
 * the patterns in one random order kept for every pass, before each pass the
 * diagonal Hessian estimated on the next `hessianPatterns` of them, then one
 * SDLM update per pattern with the pass's eta. Stops, and says why, if the loss
 * turns non-finite or its mean over 2,000 patterns rises above the untrained network's.
 */
export function runPaperRecipe(options: {
  network: SdlmNetwork;
  placement: Placement;
  recipe: PaperRecipe;
  train: MnistSet;
  test: MnistSet;
  onPass?: (report: PassReport) => void;
  onProgress?: (pass: number, patterns: number, meanLoss: number) => void;
  /** Makes the runner: `SdlmRunner` unless told otherwise (the CLI uses `WasmSdlmRunner`, the same arithmetic, faster). */
  runner?: (network: SdlmNetwork, settings: SdlmSettings) => SdlmRunnerLike;
}): RecipeResult {
  const { network, placement, recipe, train, test } = options;
  const settings = { mu: recipe.mu, j: recipe.j };
  const runner = options.runner?.(network, settings) ?? new SdlmRunner(network, settings);
  const theta = runner.adopt(initialParameters(network, seededRandom(recipe.seed)));
  const order = shuffledIndices(train.count, recipe.seed).subarray(0, recipe.patterns);
  const buffer = new Float32Array(placement.input.height * placement.input.width);
  const passes: PassReport[] = [];
  let startLoss = 0;
  let seen = 0;
  for (let pass = 0; pass < recipe.passes; pass++) {
    const began = performance.now();
    // Rounded, so that 0.00001 x 0.1 is written 0.000001 and not 0.0000010000000000000002.
    const eta = Number((etaOf(pass) * recipe.etaScale).toPrecision(6));
    const sample = Array.from(
      { length: recipe.hessianPatterns },
      (_, p) => order[(pass * recipe.hessianPatterns + p) % order.length]!,
    );
    const sampleLoss = runner.estimateHessian(
      theta,
      sample.map((index) => imageOf(train, index, placement, buffer)),
      sample.map((index) => train.labels[index]!),
    );
    // What the untrained network scores: a run whose loss climbs back above it is going the wrong way.
    if (pass === 0) startLoss = sampleLoss;
    const steps = stepSizes(runner.hessian, eta, recipe.mu);
    let total = 0;
    let window = 0;
    let wrong = 0;
    for (let p = 0; p < order.length; p++) {
      const index = order[p]!;
      const { value, answer } = runner.step(
        theta,
        imageOf(train, index, placement, buffer),
        train.labels[index]!,
        steps,
      );
      total += value;
      window += value;
      if (answer !== train.labels[index]) wrong++;
      seen++;
      const where = `pass ${pass + 1}, after ${(p + 1).toLocaleString('en')} patterns`;
      if (!Number.isFinite(value))
        return { theta, passes, diverged: `The loss is no longer a finite number (${where}); the run stopped.` };
      if ((p + 1) % WATCH === 0) {
        const mean = window / WATCH;
        options.onProgress?.(pass, p + 1, mean);
        if (seen >= WATCH && mean > startLoss)
          return {
            theta,
            passes,
            diverged: `The run diverged (${where}): the mean loss over the last ${WATCH.toLocaleString('en')} patterns is ${mean.toFixed(2)}, above the untrained network's ${startLoss.toFixed(2)}; it stopped.`,
          };
        window = 0;
      }
    }
    let smallestStep = Infinity;
    let largestStep = 0;
    for (const step of steps) {
      smallestStep = Math.min(smallestStep, step);
      largestStep = Math.max(largestStep, step);
    }
    const report: PassReport = {
      pass: pass + 1,
      eta,
      smallestStep,
      largestStep,
      loss: total / order.length,
      onlineError: wrong / order.length,
      testError: errorOn(runner, theta, test, placement),
      seconds: (performance.now() - began) / 1000,
    };
    passes.push(report);
    options.onPass?.(report);
  }
  return { theta, passes };
}
