import { analysisOf } from './test-support.ts';
import { describe, expect, it } from 'vitest';
import { formatCount, formatFilter } from './format.ts';
import { preset } from './lenet5.ts';
import { countsFirst, layerComparison, layerTable, mergeIdentical } from './layer-table.ts';

describe('layerTable(paper, 32x32)', () => {
  const result = analysisOf(preset('paper'), { height: 32, width: 32 });
  const table = layerTable(result);
  const row = (name: string) => table.rows.find((candidate) => candidate.name === name)!.cells;

  it.each([
    // Worked by hand: multiply-adds are positions x weights (28 x 28 x 150 for C1), S2 one coefficient per unit.
    ['Input', ['1x32x32', '–', '–', '–', '–', '–', '–', '1,024']],
    ['C1', ['6x28x28', '1x5x5', '150', '6', '156', '122,304', '117,600', '4,704']],
    ['S2', ['6x14x14', '1x2x2', '6', '6', '12', '5,880', '1,176', '1,176']],
    ['C3', ['16x10x10', '3–6x5x5', '1,500', '16', '1,516', '151,600', '150,000', '1,600']],
    ['F6', ['84x1x1', '120x1x1', '10,080', '84', '10,164', '10,164', '10,080', '84']],
    ['Output', ['10x1x1', '84x1x1', '840', '0', '0 (+840 fixed)', '840', '840', '10']],
  ])('shows %s as %j', (name, cells) => {
    expect(row(name)).toEqual(cells);
  });

  it('ends with a total row of 60,000 parameters, 340,908 connections, 328,096 multiply-adds and 9,118 activations', () => {
    expect(table.total!.cells.slice(4)).toEqual(['60,000 (+840 fixed)', '340,908', '328,096', '9,118']);
  });
});

describe('formatters', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1,000'],
    [340_908, '340,908'],
    [12_345_678, '12,345,678'],
  ])('formatCount(%i) is %j', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it('formatFilter writes a dash for a layer without a filter', () => {
    expect(formatFilter(null)).toBe('–');
  });
});

describe('layerComparison', () => {
  it('puts one layer of the paper and the modern network side by side', () => {
    const at32 = (variant: 'paper' | 'modern') => {
      const result = analysisOf(preset(variant), { height: 32, width: 32 });
      return { label: variant, analysis: result };
    };
    const model = layerComparison([at32('paper'), at32('modern')], 'C3');
    expect(model.rows.map((row) => [row.name, row.cells[4]])).toEqual([
      ['paper', '1,516'],
      ['modern', '2,416'],
    ]);
    expect(model.caption).toBe('C3 at a 32x32 input');
    expect(model.total).toBeUndefined();
  });
});

describe('mergeIdentical', () => {
  const at32 = (variant: 'paper' | 'modern') => {
    const result = analysisOf(preset(variant), { height: 32, width: 32 });
    return { label: variant === 'paper' ? 'Paper' : 'Modern', analysis: result };
  };

  it("merges C1, the same in both networks, into one row 'Paper and modern'", () => {
    const model = mergeIdentical(layerComparison([at32('paper'), at32('modern')], 'C1'));
    expect(model.rows.map((row) => row.name)).toEqual(['Paper and modern']);
    expect(model.caption).toBe('C1 at a 32x32 input, the same in both networks');
  });

  it('keeps both rows of C3, which differs', () => {
    expect(mergeIdentical(layerComparison([at32('paper'), at32('modern')], 'C3')).rows).toHaveLength(2);
  });
});

describe('countsFirst(layerTable(paper, 32x32))', () => {
  const table = countsFirst(layerTable(analysisOf(preset('paper'), { height: 32, width: 32 }), { receptive: true }));

  it('leads with the shape, the parameters and the connections, then the other columns in their order', () => {
    expect(table.columns).toEqual([
      'Activation shape',
      'Parameters',
      'Connections',
      'Filter shape',
      'Weights',
      'Biases',
      'Multiply-adds',
      'Activations',
      'Receptive field',
    ]);
  });

  it.each([
    ['C3', ['16x10x10', '1,516', '151,600', '3–6x5x5', '1,500', '16', '150,000', '1,600', '14x14']],
    ['Output', ['10x1x1', '0 (+840 fixed)', '840', '84x1x1', '840', '0', '840', '10', '32x32']],
  ])('moves each row of %s with its headings: %j', (name, cells) => {
    expect(table.rows.find((row) => row.name === name)!.cells).toEqual(cells);
  });

  it('moves the total row too: 60,000 parameters and 340,908 connections come second and third', () => {
    expect(table.total!.cells.slice(0, 3)).toEqual(['–', '60,000 (+840 fixed)', '340,908']);
  });
});
