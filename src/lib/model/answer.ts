import type { Classifier } from './classifier.ts';

/** The digit a model answers from its ten scores: the nearest prototype (RBF) or the likeliest class (softmax). */
export function answerOf(scores: ArrayLike<number>, classifier: Classifier): number {
  const values = Array.from(scores);
  return values.indexOf(classifier === 'rbf' ? Math.min(...values) : Math.max(...values));
}
