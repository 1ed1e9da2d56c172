import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { scaledTanh } from '../lib/lenet/index.ts';
import { FORMULAS } from './formulas.ts';

describe('FORMULAS', () => {
  it.each(Object.entries(FORMULAS))('%s typesets with KaTeX without an error', (_, tex) => {
    expect(() => katex.renderToString(tex, { throwOnError: true, displayMode: true })).not.toThrow();
  });

  it('the squashing formula, evaluated as printed, gives f(1) = 1 like the spec', () => {
    const printed = /A = ([\d.]+),\\; S = \\tfrac\{(\d+)\}\{(\d+)\}/.exec(FORMULAS.squashing);
    expect(printed).not.toBeNull();
    const [, amplitude, top, bottom] = printed!;
    const f = (a: number) => Number(amplitude) * Math.tanh((Number(top) / Number(bottom)) * a);
    expect(f(1)).toBeCloseTo(1, 3);
    expect(f(0.5)).toBeCloseTo(scaledTanh(0.5), 4);
  });
});
