import type { NetworkSpec } from '../lenet/spec.ts';

/** How a network's ten scores give a digit: the nearest RBF prototype, or the likeliest softmax class. */
export type Classifier = 'rbf' | 'softmax';

/** The classifier a spec ends in; kept apart from tfjs so that pages can ask without loading it. */
export function classifierOf(network: NetworkSpec): Classifier {
  const last = network.layers.at(-1);
  return last?.kind === 'output' && last.classifier.type === 'rbf' ? 'rbf' : 'softmax';
}
