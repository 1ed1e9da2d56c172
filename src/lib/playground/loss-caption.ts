import type { Classifier } from '../model/classifier.ts';
import { EQ9_J } from '../paper/eq9.ts';

/** The run whose loss the chart shows, or the one the form would start: its output, and the paper's recipe if so. */
export interface LossOf {
  readonly classifier: Classifier;
  /** True for the paper's recipe (SDLM), whose loss is reported per digit and whose η steps are drawn. */
  readonly byRecipe: boolean;
}

/**
 * The loss chart's caption: which loss the network being trained minimises. Adam trains a softmax output with
 * cross-entropy but the paper's RBF output with Eq. 9's criterion on its distances (the Adam recipe's j), and the
 * two are not on the same scale; the paper's recipe uses Eq. 9 with its own j.
 */
export function lossCaption({ classifier, byRecipe }: LossOf): string {
  if (byRecipe)
    return `Training loss: Eq. 9 on the RBF output's distances (j = ${EQ9_J.paper}), averaged over recent digits; the dashed lines mark η at the start and wherever it steps down`;
  if (classifier === 'rbf')
    return `Training loss: Eq. 9 on the RBF output's distances (j = ${EQ9_J.adam}), averaged over recent batches; not the softmax cross-entropy the modern port's chart shows, so their values do not compare`;
  return 'Training loss: softmax cross-entropy, averaged over recent batches';
}
