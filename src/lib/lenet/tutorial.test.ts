import { describe, expect, it } from 'vitest';
import { layerNamed } from './analyze.ts';
import { TUTORIAL_LENET5 } from './lenet5.ts';
import { analysisOf } from './test-support.ts';

describe("the tutorials' LeNet-5 at 28x28", () => {
  const analysis = analysisOf(TUTORIAL_LENET5.network, TUTORIAL_LENET5.input);

  // By hand: (28 + 2 x 2 - 5) / 1 + 1 = 28, then 14, 10, 5 and C5 1x1, as in the d2l.ai chapter's shape printout.
  it.each([
    ['C1', 28],
    ['S2', 14],
    ['C3', 10],
    ['S4', 5],
    ['C5', 1],
  ])('analyze(tutorial, 28x28) gives %s %ix%i', (name, side) => {
    expect(layerNamed(analysis, name)!.shape).toMatchObject({ height: side, width: side });
  });

  it('has 61,706 trainable parameters: 156 + 2,416 + 48,120 + 10,164 + 850', () => {
    expect(analysis.totals.trainable).toBe(156 + 2_416 + 48_120 + 10_164 + 850);
  });
});
