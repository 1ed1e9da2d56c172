import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { SCALED_TANH, scaledTanh } from '../lib/lenet/index.ts';
import { FORMULAS } from './formulas.ts';

describe('FORMULAS', () => {
  it.each(Object.entries(FORMULAS))('%s typesets with KaTeX without an error', (_, tex) => {
    expect(() => katex.renderToString(tex, { throwOnError: true, displayMode: true })).not.toThrow();
  });

  it('the squashing formula shows the slope the spec uses', () => {
    expect(FORMULAS.squashing).toContain(String.raw`\tfrac{2}{3}`);
    expect(SCALED_TANH.slope).toBeCloseTo(2 / 3, 12);
    expect(scaledTanh(1)).toBeCloseTo(1, 3);
  });
});
