/** The paper's training schedule for LeNet-5 on MNIST (Section III-B and Appendix C). */
export interface LearningRateStep {
  readonly fromPass: number;
  /** Last pass at this rate; undefined for the rate that lasts to the end. */
  readonly toPass?: number;
  readonly rate: number;
}

export const PAPER_TRAINING = {
  passes: 20,
  trainingDigits: 60_000,
  testDigits: 10_000,
  /** mu in the step eta / (mu + h_kk) of stochastic diagonal Levenberg-Marquardt. */
  mu: 0.02,
  /** Patterns used to re-estimate the diagonal Hessian before each pass. */
  hessianSamples: 500,
  schedule: [
    { fromPass: 1, toPass: 2, rate: 0.0005 },
    { fromPass: 3, toPass: 5, rate: 0.0002 },
    { fromPass: 6, toPass: 8, rate: 0.0001 },
    { fromPass: 9, toPass: 12, rate: 0.00005 },
    { fromPass: 13, rate: 0.00001 },
  ] satisfies readonly LearningRateStep[],
  /** Weights start uniform in [-2.4 / F, 2.4 / F], F the unit's fan-in. */
  initRange: 2.4,
} as const;

/**
 * Section III-B: "The resulting effective learning rates during the first pass varied
 * between approximately 7 x 10^-5 and 0.016 over the set of parameters."
 */
export const FIRST_PASS_STEP_RANGE = { smallest: 7e-5, largest: 0.016 } as const;

/** Background and foreground values of the paper's input (p. 7). */
export const INPUT_LEVELS = { background: -0.1, foreground: 1.175 } as const;

/** MNIST's size normalisation: the digit fits a 20x20 box centred by mass in 28x28. */
export const MNIST_FIELD = { box: 20, field: 28 } as const;

/** LeNet-5's input (Section II-B): 32x32, MNIST's 28x28 field centred in it. */
export const LENET5_INPUT_SIDE = 32;
