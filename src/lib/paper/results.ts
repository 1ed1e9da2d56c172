/** Test error rates on MNIST from the paper's Fig. 9 (Section III), in percent. */
export interface ClassifierResult {
  readonly name: string;
  readonly testError: number;
  /** Trained with artificially distorted extra images. */
  readonly distortions?: boolean;
  readonly isLeNet5?: boolean;
}

export const FIGURE_NINE: readonly ClassifierResult[] = [
  { name: 'Linear classifier', testError: 12.0 },
  { name: 'k-NN, Euclidean', testError: 5.0 },
  { name: 'MLP, 300 hidden units', testError: 4.7 },
  { name: 'RBF network', testError: 3.6 },
  { name: '40 PCA + quadratic', testError: 3.3 },
  { name: 'MLP, 300-100 hidden units', testError: 3.05 },
  { name: 'LeNet-1', testError: 1.7 },
  { name: 'Tangent distance', testError: 1.1 },
  { name: 'SVM, polynomial degree 4', testError: 1.1 },
  { name: 'LeNet-4', testError: 1.1 },
  { name: 'LeNet-5', testError: 0.95, isLeNet5: true },
  { name: 'LeNet-5, distortions', testError: 0.8, distortions: true, isLeNet5: true },
  { name: 'Boosted LeNet-4, distortions', testError: 0.7, distortions: true },
];

/** Fig. 9's caption: "The uncertainty in the quoted error rates is about 0.1%." In percentage points. */
export const FIGURE_NINE_UNCERTAINTY_PERCENT = 0.1;

export const LENET5_RESULT = {
  testErrorPercent: 0.95,
  trainingErrorPercent: 0.35,
  withDistortionsPercent: 0.8,
  distortedImages: 540_000,
  passesToConverge: 10,
  /** Fig. 11, per character from a size-normalised image; the paper does not say what it counts. */
  multiplyAccumulates: 401_000,
} as const;
