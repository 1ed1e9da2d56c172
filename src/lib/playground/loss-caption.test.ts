import { describe, expect, it } from 'vitest';
import { lossCaption } from './loss-caption.ts';

describe('lossCaption', () => {
  it('names the loss of the network being trained: cross-entropy for softmax, Eq. 9 for the RBF output', () => {
    const softmax = lossCaption({ classifier: 'softmax', byRecipe: false });
    const rbf = lossCaption({ classifier: 'rbf', byRecipe: false });
    expect(softmax).toMatch(/softmax cross-entropy/);
    expect(softmax).not.toMatch(/Eq\. 9/);
    expect(rbf).toMatch(/^Training loss: Eq\. 9 on the RBF output's distances \(j = 1\)/);
    expect(rbf).toMatch(/do not compare/);
  });

  it('gives the paper’s recipe its own j and its η marks', () => {
    const recipe = lossCaption({ classifier: 'rbf', byRecipe: true });
    expect(recipe).toMatch(/\(j = 10\), averaged over recent digits; the dashed lines mark η/);
  });
});
