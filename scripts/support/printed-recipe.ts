import { shuffledIndices, type MnistSet } from '../../src/lib/mnist/dataset.ts';
import { seededRandom } from '../../src/lib/mnist/dataset.ts';
import { LENET5_PLACEMENT, MNIST_SIDE, placeDigits } from '../../src/lib/mnist/placement.ts';
import { etaOf, initialParameters, PAPER_RECIPE, stepSizes, type SdlmNetwork } from '../../src/lib/sdlm/index.ts';
import type { SdlmRunnerLike } from '../../src/lib/sdlm/trainer.ts';

/** The scales of the printed eta tried, largest first: 1 is the paper's schedule as printed. */
export const THRESHOLD_SCALES = [1, 0.5, 0.3, 0.2, 0.1] as const;

export interface LayerSteps {
  readonly name: string;
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** Share of the layer's parameters whose step is within 1% of the cap eta / mu. */
  readonly atCap: number;
}

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
  const cap = eta / PAPER_RECIPE.mu;
  return network.layers.map((layer) => {
    const own = Array.from(steps.subarray(layer.offset, layer.offset + layer.count)).sort((a, b) => a - b);
    return {
      name: layer.name,
      min: own[0]!,
      median: own[Math.floor((own.length - 1) / 2)]!,
      max: own.at(-1)!,
      atCap: own.filter((step) => step >= 0.99 * cap).length / own.length,
    };
  });
}
