// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { UnitWork } from '../../explain/work.ts';
import { roundedMarkup } from '../test-support.ts';
import { luminance, cellColours } from './number-cells.ts';
import { drawWork } from './draw-work.ts';
import { fromZeroRamp, signedRamp } from '../color-ramp.ts';

const base = {
  spatial: true,
  window: { top: 1, left: 2, height: 2, width: 2 },
  image: { top: 2, left: 4, height: 6, width: 6 },
};
const seeded = (length: number, seed: number) =>
  Float32Array.from({ length }, (_, i) => Math.round(Math.sin(seed * 97 + i * 13) * 100) / 100);

const C3_UNIT: UnitWork = {
  kind: 'convolution',
  layer: 'C3',
  unit: { map: 0, y: 1, x: 2 },
  ...base,
  kernel: { height: 2, width: 2 },
  links: [0, 1, 2].map((map) => ({ map, kernel: seeded(4, map), window: seeded(4, map + 10), partial: 0.5 * map })),
  bias: -0.25,
  sum: 1.25,
  activation: 'scaled-tanh',
  output: 1.1,
};

// Like C5 unit 0 on test digit 0: map 3's partial sum is the largest in size, map 2's the largest by value, and
// each partial sum prints 0.0004 below its value, so the 16 printed add up to less than the printed a.
const C5_UNIT: UnitWork = {
  kind: 'convolution',
  layer: 'C5',
  unit: { map: 0, y: 0, x: 0 },
  ...base,
  spatial: false,
  kernel: { height: 2, width: 2 },
  links: Array.from({ length: 16 }, (_, map) => ({
    map,
    kernel: seeded(4, map),
    window: seeded(4, map + 20),
    partial: [-0.2996, 0.1004, 1.2034, -2.3054][map] ?? 0.0004,
  })),
  bias: 0.25,
  sum: -0.2996 + 0.1004 + 1.2034 - 2.3054 + 12 * 0.0004 + 0.25,
  activation: 'scaled-tanh',
  output: -1.2,
};

const S2_UNIT: UnitWork = {
  kind: 'subsampling',
  layer: 'S2',
  unit: { map: 3, y: 1, x: 1 },
  ...base,
  values: Float32Array.of(0.5, 1, -0.25, 0.75),
  total: 2,
  trainable: { coefficient: 0.5, bias: 0.125 },
  sum: 1.125,
  activation: 'scaled-tanh',
  output: 1.05,
};

const OUTPUT_UNIT: UnitWork = {
  kind: 'distance',
  layer: 'Output',
  unit: { map: 3, y: 0, x: 0 },
  ...base,
  spatial: false,
  inputs: seeded(84, 1),
  prototype: seeded(84, 2),
  distances: [40, 31, 22, 3.5, 44, 50, 61, 17, 28, 39],
  answer: 3,
};

describe('drawWork', () => {
  it.each([
    ['a C3 unit: three kernels, windows and partial sums', C3_UNIT],
    ['a trainable S2 unit: the window, its sum, coefficient and bias', S2_UNIT],
    ['an RBF output unit: the bitmaps, then the ten distances', OUTPUT_UNIT],
  ])('draws %s as golden markup', (_, work) => {
    const container = document.createElement('div');
    drawWork(container, work, { below: 'Below', belowExtent: 1.5 });
    expect(roundedMarkup(container.innerHTML)).toMatchSnapshot();
  });

  it('a unit of 16 maps draws the map whose partial sum is largest in size, says so, and owns up to rounding', () => {
    const container = document.createElement('div');
    drawWork(container, C5_UNIT, { below: 'S4', belowExtent: 1.5 });
    const lines = Array.from(container.querySelectorAll('.compute-total'), (line) => line.textContent);
    expect(lines[0]).toBe('Drawn above: map 3, whose partial sum, −2.305, is the largest in size of the 16.');
    expect(container.querySelector('.number-grid caption')!.textContent).toBe('Kernel from S4 map 3');
    // −0.300 + 0.100 + 1.203 − 2.305 + 12 × 0.000 + 0.250 is −1.052 as printed; a itself is −1.046.
    expect(lines[1]).toMatch(/^a = −0\.300 \(map 0\) \+ 0\.100 \(map 1\) \+ 1\.203 \(map 2\) − 2\.305 \(map 3\) .*/);
    expect(lines[1]).toMatch(/ \+ bias 0\.250 = −1\.046 \(each term rounded to 3 decimals\)$/);
    expect(container.querySelector('.compute-sentence')!.textContent).toMatch(
      /its 16 partial sums add up to −1\.296; plus the bias 0\.250, give a = −1\.046 \(each term rounded to 3 decimals\);/,
    );
    expect(roundedMarkup(container.innerHTML)).toMatchSnapshot();
  });

  it('redraws in place for the next unit of the same kind, and starts afresh for another kind', () => {
    const container = document.createElement('div');
    drawWork(container, C3_UNIT, { below: 'S2', belowExtent: 1.5 });
    const table = container.querySelector('table.number-grid');
    drawWork(container, { ...C3_UNIT, unit: { map: 0, y: 1, x: 3 } }, { below: 'S2', belowExtent: 1.5 });
    expect(container.querySelector('table.number-grid')).toBe(table);
    expect(container.querySelector('.compute-sentence')!.textContent).toMatch(
      /^C3 map 0, row 1, column 3 reads 3 maps/,
    );
    drawWork(container, S2_UNIT, { below: 'C1', belowExtent: 1.5 });
    expect(container.querySelectorAll('.compute-detail')).toHaveLength(1);
    expect(container.querySelector('.compute-detail')!.getAttribute('data-kind')).toBe('subsampling');
  });
});

describe('cellColours', () => {
  // WCAG 2's contrast ratio; the text of a number cell must reach 4.5 to 1 on every colour of the ramp.
  const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  it('gives every step of the signed ramp a text colour with at least 4.5:1 contrast', () => {
    const ramp = signedRamp();
    let worst = Infinity;
    for (let step = 0; step < 256; step++) {
      const { fill, ink } = cellColours(-1 + (2 * step) / 255, 1, ramp);
      const [r, g, b] = fill.match(/\d+/g)!.map(Number);
      worst = Math.min(worst, contrast(luminance(r!, g!, b!), ink === '#000' ? 0 : 1));
    }
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  it("places a value on the from-zero ramp by its share of the extent, and writes the output's digits legibly on it", () => {
    const ramp = fromZeroRamp();
    // 0 is the ramp's first colour, the extent its last: not the middle and the top of a signed ramp.
    expect(cellColours(0, 100, ramp, false).fill).toBe('rgb(247, 247, 247)');
    expect(cellColours(100, 100, ramp, false).fill).toBe('rgb(178, 24, 43)');
    let worst = Infinity;
    for (let step = 0; step < 256; step++) {
      const { fill, ink } = cellColours(step, 255, ramp, false);
      const [r, g, b] = fill.match(/\d+/g)!.map(Number);
      worst = Math.min(worst, contrast(luminance(r!, g!, b!), ink === '#000' ? 0 : 1));
    }
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });
});
