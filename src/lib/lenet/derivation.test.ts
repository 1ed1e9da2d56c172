import { analysisOf } from './test-support.ts';
import { describe, expect, it } from 'vitest';
import { derive } from './derivation.ts';
import { evaluate, texNumber, toSymbolicTex, toTex } from './expression.ts';
import { lenet5, preset } from './lenet5.ts';
import { ALL_SWITCHES } from './switches.ts';

const SIZES = [
  [32, 32],
  [36, 36],
  [33, 47],
  [64, 40],
];
const SETTINGS = ALL_SWITCHES;

describe("derive(analysis, layer) shows arithmetic that evaluates to the calculator's figures", () => {
  it.each(SIZES)('for all 16 switch settings at %ix%i', (height, width) => {
    for (const settings of SETTINGS) {
      const result = analysisOf(lenet5(settings), { height: height, width: width });
      for (const layer of result.layers.slice(1)) {
        const derivation = derive(result, layer.name)!;
        expect(evaluate(derivation.trainable)).toBe(layer.trainable);
        expect(evaluate(derivation.connections)).toBe(layer.connections);
        expect(derivation.fixed ? evaluate(derivation.fixed) : 0).toBe(layer.fixed);
        if (derivation.side) {
          expect(evaluate(derivation.side.height)).toBe(layer.shape.height);
          expect(evaluate(derivation.side.width)).toBe(layer.shape.width);
        }
      }
    }
  });
});

describe('derivations typeset as TeX', () => {
  const result = analysisOf(preset('paper'), { height: 32, width: 32 });
  const paper = result;

  it.each([
    ['C1', 'trainable', '6 \\times (1 \\times 5 \\times 5 + 1)'],
    ['C1', 'connections', '28 \\times 28 \\times 6 \\times (1 \\times 5 \\times 5 + 1)'],
    ['C3', 'trainable', '60 \\times 5 \\times 5 + 16'],
    ['S2', 'trainable', '2 \\times 6'],
    ['S2', 'connections', '14 \\times 14 \\times 6 \\times (2 \\times 2 + 1)'],
    ['F6', 'trainable', '84 \\times (120 + 1)'],
    ['Output', 'fixed', '10 \\times 84'],
  ] as const)('%s %s is %j', (name, field, tex) => {
    expect(toTex(derive(paper, name)![field]!)).toBe(tex);
  });

  it('writes the output side as floor((n - k) / s) + 1', () => {
    const side = derive(paper, 'C1')!.side!.height;
    expect(toTex(side)).toBe('\\left\\lfloor \\frac{32 - 5}{1} \\right\\rfloor + 1');
    expect(toSymbolicTex(side)).toBe('\\left\\lfloor \\frac{n - k}{s} \\right\\rfloor + 1');
  });

  it('groups the thousands of numbers with five digits or more', () => {
    expect(texNumber(122_304)).toBe('122{,}304');
    expect(texNumber(1_516)).toBe('1516');
  });

  it('has no derivation for the input layer or an unknown name', () => {
    expect(derive(paper, 'Input')).toBeUndefined();
    expect(derive(paper, 'C9')).toBeUndefined();
  });
});
