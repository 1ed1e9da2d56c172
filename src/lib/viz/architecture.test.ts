import { analysisOf } from '../lenet/test-support.ts';
import { describe, expect, it } from 'vitest';
import { preset, type Analysis } from '../lenet/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { architecture, KIND_CLASS } from './architecture.ts';

function paperAt(height: number, width: number): Analysis {
  const result = analysisOf(preset('paper'), { height, width });
  return result;
}

describe('architecture(analysis)', () => {
  it('draws the paper at 32x32 the same way every time (golden data)', () => {
    expect(architecture(paperAt(32, 32))).toMatchSnapshot();
  });

  it('labels each layer as the paper does', () => {
    expect(architecture(paperAt(32, 32)).stacks.map((stack) => stack.label)).toEqual([
      'Input: 1@32x32',
      'C1: 6@28x28',
      'S2: 6@14x14',
      'C3: 16@10x10',
      'S4: 16@5x5',
      'C5: 120',
      'F6: 84',
      'Output: 10',
    ]);
  });

  it('analyze(paper, 36x36) draws C5 as 120@2x2', () => {
    const c5 = architecture(paperAt(36, 36)).stacks.find((stack) => stack.name === 'C5')!;
    expect(c5.label).toBe('C5: 120@2x2');
    expect(c5.sheets).toBeGreaterThan(1);
  });

  it('keeps map sides in proportion: S2 is half of C1', () => {
    const stacks = architecture(paperAt(32, 32)).stacks;
    const side = (name: string) => stacks.find((stack) => stack.name === name)!.width;
    expect(side('S2') / side('C1')).toBeCloseTo(0.5, 1);
  });

  it('marks each convolution and subsampling window on the layer below: C1 a 5x5 square on the input', () => {
    const drawing = architecture(paperAt(32, 32));
    expect(drawing.fields.map((field) => field.layer)).toEqual(['C1', 'S2', 'C3', 'S4', 'C5']);
    const input = drawing.stacks[0]!;
    const c1 = drawing.fields[0]!;
    expect(c1.window.width / input.width).toBeCloseTo(5 / 32, 1);
    expect(c1.ray.x2).toBe(drawing.stacks[1]!.x);
  });

  it('links each layer when given a page for it', () => {
    const stacks = architecture(paperAt(32, 32), (name) =>
      name === 'Input' ? undefined : `/${name.toLowerCase()}/`,
    ).stacks;
    expect(stacks[0]!.href).toBeUndefined();
    expect(stacks[1]!.href).toBe('/c1/');
  });
});

describe("architecture(paper, 32x32, 'column'), for a phone", () => {
  const column = architecture(analysisOf(preset('paper'), { height: 32, width: 32 }), undefined, undefined, 'column');

  it('runs the eight layers downwards, each stack below the one before', () => {
    expect(column.stacks.map((stack) => stack.name)).toEqual(['Input', 'C1', 'S2', 'C3', 'S4', 'C5', 'F6', 'Output']);
    column.stacks.slice(1).forEach((stack, index) => {
      const above = column.stacks[index]!;
      expect(stack.y).toBeGreaterThan(above.y + above.height);
      expect(stack.x).toBe(above.x);
    });
  });

  it('puts every label right of the widest stack, and fits in 390 px less the margins', () => {
    const right = Math.max(...column.stacks.map((stack) => stack.x + stack.width + (stack.sheets - 1) * 4));
    for (const stack of column.stacks) for (const label of stack.labels) expect(label.x).toBeGreaterThan(right);
    expect(column.width).toBeLessThanOrEqual(350);
    expect(column.height).toBeGreaterThan(column.stacks.at(-1)!.y + column.stacks.at(-1)!.height);
  });

  it('draws each window on the layer above and its ray down to the unit', () => {
    for (const field of column.fields) expect(field.ray.y2).toBeGreaterThan(field.ray.y1);
    expect(column.fields.map((field) => field.layer)).toEqual(['C1', 'S2', 'C3', 'S4', 'C5']);
  });
});

describe("each kind's colour", () => {
  it('has its rule in the stylesheet', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'styles', 'global.css'), 'utf8');
    for (const name of Object.values(KIND_CLASS)) expect(css, name).toMatch(new RegExp(`\\.${name}\\s*[,{]`));
  });
});
