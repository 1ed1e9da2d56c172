import { describe, expect, it } from 'vitest';
import { realMnist } from '../model/test-support.ts';
import type { Line } from './compose.ts';
import { BENCH_SETTINGS, benchLines, benchTable, scoreReaders, type StringReader } from './string-bench.ts';
import { stringSettingProblems } from './sdnn-data.ts';

const test = realMnist('test', 300);
const settings = { count: 4, gap: { min: -1, max: 4 }, jitter: 3, noise: 0.1 };
const truth = (line: Line) => line.digits.map((digit) => digit.label);

describe('benchLines', () => {
  it('composes the same strings from the same seed, and others from another', () => {
    const first = benchLines(test, settings, 5, 7);
    const again = benchLines(test, settings, 5, 7);
    const other = benchLines(test, settings, 5, 8);
    expect(first).toHaveLength(5);
    expect(first.map((line) => line.ink.pixels)).toEqual(again.map((line) => line.ink.pixels));
    expect(first.map(truth)).not.toEqual(other.map(truth));
    for (const line of first) expect(line.digits).toHaveLength(4);
  });

  it('has only settings composeString accepts, the issue’s target first', () => {
    for (const { settings: each } of BENCH_SETTINGS) expect(stringSettingProblems(each)).toEqual([]);
    expect(BENCH_SETTINGS[0]!.settings).toEqual({ count: 5, gap: { min: -1, max: 4 }, jitter: 3, noise: 0.1 });
  });
});

describe('scoreReaders and benchTable', () => {
  const lines = benchLines(test, settings, 10, 3);
  const perfect: StringReader = { name: 'truth', read: truth };
  const lastDropped: StringReader = { name: 'drops the last digit', read: (line) => truth(line).slice(0, -1) };
  const firstWrong: StringReader = {
    name: 'first digit wrong',
    read: (line) => truth(line).map((label, k) => (k === 0 ? (label + 1) % 10 : label)),
  };

  it('scores whole strings and digits by edit distance against the digits composed', () => {
    const rows = scoreReaders('four digits', lines, [perfect, lastDropped, firstWrong]);
    expect(rows.map((row) => [row.reader, row.strings, row.stringAccuracy, row.digitAccuracy])).toEqual([
      ['truth', 10, 1, 1],
      ['drops the last digit', 10, 0, 0.75],
      ['first digit wrong', 10, 0, 0.75],
    ]);
  });

  it('prints one line per setting and reader with percentages', () => {
    const table = benchTable(scoreReaders('four digits', lines, [perfect, lastDropped]));
    const [header, ...rows] = table.split('\n');
    expect(header).toMatch(/^setting\s+reader\s+strings\s+string accuracy\s+digit accuracy$/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^four digits\s+drops the last digit\s+10\s+0\.0%\s+75\.0%$/);
  });
});
