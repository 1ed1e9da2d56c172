import { seededRandom, shuffledIndices, type MnistSet } from '../mnist/dataset.ts';
import type { Placement } from '../mnist/placement.ts';
import { SCALED_TANH } from '../lenet/activation.ts';
import { layerSteps, type LayerSteps } from './layer-steps.ts';
import type { SdlmNetwork } from './network.ts';
import type { PaperRecipe } from './recipe.ts';
import { etaOf } from './schedule.ts';
import { imageOf } from './patterns.ts';
import { initialParameters, SdlmRunner, stepSizes, type SdlmRunnerLike } from './trainer.ts';

/** An F6 unit counts as saturated beyond this share of the scaled tanh's bound A. */
export const SATURATION = 0.95;
/** The run is called diverged once this many digits in a row leave most of F6 saturated. */
export const SATURATED_DIGITS = 5;
export const SATURATED_SHARE = 0.9;
/** And stops after this many digits if it has not diverged by then. */
export const PRINTED_DIGITS = 300;

export type PrintedEvent =
  | { readonly type: 'steps'; readonly eta: number; readonly cap: number; readonly layers: readonly LayerSteps[] }
  | {
      readonly type: 'digit';
      /** Digits trained so far, this one included. */
      readonly digits: number;
      readonly label: number;
      readonly answer: number;
      /** Eq. 9's loss on this digit, before its update. */
      readonly loss: number;
      /** Share of F6's units saturated on this digit, before its update. */
      readonly saturated: number;
    };

export interface PrintedOutcome {
  /** Digits trained before the run was called diverged, or undefined if it was not. */
  readonly divergedAfter: number | undefined;
  readonly digits: number;
}

/**
 * The first pass's step sizes, as the recipe's run computes them: h_kk estimated
 * on the first `hessianPatterns` digits of the run's `order`, from `theta`.
 */
export function firstPassSteps(
  network: SdlmNetwork,
  runner: SdlmRunnerLike,
  theta: Float64Array,
  recipe: PaperRecipe,
  train: MnistSet,
  order: Uint32Array,
  placement: Placement,
) {
  const buffer = new Float32Array(placement.input.height * placement.input.width);
  const sample = Array.from(order.subarray(0, recipe.hessianPatterns));
  runner.estimateHessian(
    theta,
    sample.map((index) => imageOf(train, index, placement, buffer)),
    sample.map((index) => train.labels[index]!),
  );
  const eta = etaOf(0) * recipe.etaScale;
  const cap = eta / recipe.mu;
  const steps = stepSizes(runner.hessian, eta, recipe.mu);
  return { eta, cap, steps, layers: layerSteps(network, steps, cap) };
}

/**
 * The first pass of the paper's recipe with eta as printed (times `recipe.etaScale`),
 * digit by digit from the paper's initialisation: the step sizes once h_kk is
 * estimated, then each digit's loss and F6 saturation, until F6 stays saturated.
 */
export function* printedRun(
  network: SdlmNetwork,
  recipe: PaperRecipe,
  train: MnistSet,
  placement: Placement,
): Generator<PrintedEvent, PrintedOutcome, void> {
  const runner = new SdlmRunner(network, recipe);
  const theta = initialParameters(network, seededRandom(recipe.seed));
  const order = shuffledIndices(train.count, recipe.seed);
  const buffer = new Float32Array(placement.input.height * placement.input.width);
  const { eta, cap, steps, layers } = firstPassSteps(network, runner, theta, recipe, train, order, placement);
  yield { type: 'steps', eta, cap, layers };
  let inARow = 0;
  for (let p = 0; p < PRINTED_DIGITS; p++) {
    const index = order[p]!;
    const input = imageOf(train, index, placement, buffer);
    const f6 = runner.forward(theta, input);
    const saturated = f6.filter((value) => Math.abs(value) > SATURATION * SCALED_TANH.amplitude).length / f6.length;
    const { value, answer } = runner.step(theta, input, train.labels[index]!, steps);
    yield { type: 'digit', digits: p + 1, label: train.labels[index]!, answer, loss: value, saturated };
    inARow = saturated >= SATURATED_SHARE ? inARow + 1 : 0;
    if (inARow >= SATURATED_DIGITS || !Number.isFinite(value)) return { divergedAfter: p + 1, digits: p + 1 };
  }
  return { divergedAfter: undefined, digits: PRINTED_DIGITS };
}
