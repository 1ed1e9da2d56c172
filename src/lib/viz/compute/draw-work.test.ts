// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { UnitWork } from '../../explain/work.ts';
import { roundedMarkup } from '../test-support.ts';
import { luminance, cellColours } from './number-cells.ts';
import { drawWork } from './draw-work.ts';
import { signedRamp } from '../color-ramp.ts';

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
});
