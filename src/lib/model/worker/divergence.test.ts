import { describe, expect, it } from 'vitest';
import { divergence } from './divergence.ts';

describe('divergence', () => {
  it.each([0, 2.3, 1e30])('lets a run with loss %d go on', (loss) => {
    expect(divergence(loss, 0, 10, 0.003)).toBeUndefined();
  });

  it.each([
    [
      Number.NaN,
      'the loss became NaN at batch 1,235 of epoch 3, so the run diverged and was stopped. Try a learning rate below 0.1; the network kept from the last full epoch is unchanged.',
    ],
    [
      Number.POSITIVE_INFINITY,
      'the loss became Infinity at batch 1,235 of epoch 3, so the run diverged and was stopped. Try a learning rate below 0.1; the network kept from the last full epoch is unchanged.',
    ],
  ])('stops a run whose loss is %d, saying where and what to change', (loss, message) => {
    expect(divergence(loss, 2, 1234, 0.1)).toBe(message);
  });
});
