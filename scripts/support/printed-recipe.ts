import { shuffledIndices, type MnistSet } from '../../src/lib/mnist/dataset.ts';
import { seededRandom } from '../../src/lib/mnist/dataset.ts';
import { LENET5_PLACEMENT, MNIST_SIDE, placeDigits } from '../../src/lib/mnist/placement.ts';
import { etaOf, initialParameters, PAPER_RECIPE, stepSizes, type SdlmNetwork } from '../../src/lib/sdlm/index.ts';
import type { SdlmRunnerLike } from '../../src/lib/sdlm/trainer.ts';
import { layerSteps, type LayerSteps } from '../../src/lib/sdlm/layer-steps.ts';

/** The scales of the printed eta tried, largest first: 1 is the paper's schedule as printed. */
export const THRESHOLD_SCALES = [1, 0.5, 0.3, 0.2, 0.1] as const;

const PIXELS = MNIST_SIDE * MNIST_SIDE;

/**
 * The first pass's step sizes at the printed eta, per layer, as the recipe's run
 * computes them: the same initial weights and the same first 500 patterns.
 */
export function initialStepSizes(
  network: SdlmNetwork,
  runner: SdlmRunnerLike,
  train: MnistSet,
  seed: number,
): LayerSteps[] {
  const theta = runner.adopt(initialParameters(network, seededRandom(seed)));
  const sample = shuffledIndices(train.count, seed).subarray(0, PAPER_RECIPE.hessianPatterns);
  const buffer = new Float32Array(LENET5_PLACEMENT.input.height * LENET5_PLACEMENT.input.width);
  const images = Array.from(sample, (index) => {
    placeDigits(train.images.subarray(index * PIXELS, (index + 1) * PIXELS), 1, LENET5_PLACEMENT, buffer);
    return Float64Array.from(buffer);
  });
  runner.estimateHessian(
    theta,
    images,
    Array.from(sample, (index) => train.labels[index]!),
  );
  const eta = etaOf(0);
  const steps = stepSizes(runner.hessian, eta, PAPER_RECIPE.mu);
  return layerSteps(network, steps, eta / PAPER_RECIPE.mu);
}
