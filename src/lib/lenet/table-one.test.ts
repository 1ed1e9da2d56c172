import { PRESETS } from './switches.ts';
import { describe, expect, it } from 'vitest';
import { analyze, layerNamed } from './analyze.ts';
import { lenet5 } from './lenet5.ts';
import { fullTable, linkCount, TABLE_ONE } from './table-one.ts';

const inputsOf = (map: number) => TABLE_ONE.flatMap((row, input) => (row[map] ? [input] : []));

describe("TABLE_ONE is the paper's Table I", () => {
  it('has 6 rows, 16 columns and 60 links', () => {
    expect(TABLE_ONE).toHaveLength(6);
    for (const row of TABLE_ONE) expect(row).toHaveLength(16);
    expect(TABLE_ONE.flat().filter(Boolean)).toHaveLength(60);
  });

  // The grouping the paper describes in words, a second reading of the same table.
  it.each([
    [0, [0, 1, 2]],
    [4, [0, 4, 5]],
    [5, [0, 1, 5]],
    [6, [0, 1, 2, 3]],
    [9, [0, 3, 4, 5]],
    [11, [0, 1, 2, 5]],
    [12, [0, 1, 3, 4]],
    [13, [1, 2, 4, 5]],
    [14, [0, 2, 3, 5]],
    [15, [0, 1, 2, 3, 4, 5]],
  ])('C3 map %i reads S2 maps %j', (map, inputs) => {
    expect(inputsOf(map)).toEqual(inputs);
  });
});

describe('linkCount', () => {
  it.each([
    ['Table I', TABLE_ONE, 60],
    ['a full 6x16 table', fullTable(6, 16), 96],
    ['an empty table', [[false, false]], 0],
  ])('linkCount(%s) gives %i', (_, table, links) => {
    expect(linkCount(table)).toBe(links);
  });
});

describe('custom C3 tables', () => {
  const paper = PRESETS.paper;

  it('each added link adds 25 weights to C3', () => {
    const table = TABLE_ONE.map((row) => [...row]);
    table[3]![0] = true;
    const result = analyze(lenet5({ ...paper, c3Table: table }), { height: 32, width: 32 });
    expect(result.ok && layerNamed(result.value, 'C3')!.trainable).toBe(1_516 + 25);
  });

  it.each([
    [
      'a map with no input',
      TABLE_ONE.map((row) => row.map((cell, map) => cell && map !== 7)),
      'C3 map 7 has no input map',
    ],
    ['a table with 5 rows', TABLE_ONE.slice(0, 5), 'must have 6 rows (input maps) and 16 columns (C3 maps); got 5x16'],
    ['a table with 15 columns', TABLE_ONE.map((row) => row.slice(1)), 'got 6x15'],
  ])('refuses %s', (_, table, message) => {
    const result = analyze(lenet5({ ...paper, c3Table: table }), { height: 32, width: 32 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'table', layer: 'C3' });
    expect(result.error.message).toContain(message);
  });
});
