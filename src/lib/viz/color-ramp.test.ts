import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { colorRamp, SIGNED_COLOURS } from './color-ramp.ts';

/** d3's own interpolation of the same colours: the oracle the hand-made ramp must match. */
function d3Ramp(colors: readonly string[]): number[] {
  const scale = scaleLinear<string>()
    .domain(colors.map((_, index) => index / (colors.length - 1)))
    .range(colors);
  return Array.from({ length: 256 }, (_, step) => {
    const [, r, g, b] = /rgb\((\d+), (\d+), (\d+)\)/.exec(scale(step / 255))!;
    return [Number(r), Number(g), Number(b)];
  }).flat();
}

describe('colorRamp', () => {
  it.each([
    ['the signed ramp', SIGNED_COLOURS],
    ['ink on paper', ['#ffffff', '#000000']],
    ['four uneven stops', ['#102030', '#ff0000', '#00ff7f', '#abcdef']],
  ])('colorRamp(%s) equals d3 scaleLinear on the same colours, step for step', (_, colors) => {
    expect(Array.from(colorRamp(colors))).toEqual(d3Ramp(colors));
  });

  it('refuses a colour it cannot read', () => {
    expect(() => colorRamp(['red', '#000000'])).toThrow('Not a #rrggbb colour: red');
  });
});
