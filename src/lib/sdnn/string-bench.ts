import { seededRandom, type MnistSet } from '../mnist/dataset.ts';
import type { Line } from './compose.ts';
import { composeString, type StringSettings } from './sdnn-data.ts';
import { stringScores } from './string-metrics.ts';
import { digitPicker } from './window-batch.ts';

/** A named way of reading a line's digits. */
export interface StringReader {
  readonly name: string;
  read(line: Line): number[];
}

export interface BenchSetting {
  readonly name: string;
  readonly settings: StringSettings;
}

/**
 * The benchmark's strings (issue 30, item 4): the target first (5 digits, gaps of -1 to 4 pixels as
 * Section VII-B trains with, noise), then touching and overlapping strings, strings wide apart, and the
 * shortest and longest strings over the whole range of gaps. Every setting jitters digits by up to 3 rows.
 */
export const BENCH_SETTINGS: readonly BenchSetting[] = [
  { name: '5 digits, gaps -1 to 4, noise', settings: { count: 5, gap: { min: -1, max: 4 }, jitter: 3, noise: 0.1 } },
  { name: '5 digits, gaps -1 to 4', settings: { count: 5, gap: { min: -1, max: 4 }, jitter: 3, noise: 0 } },
  {
    name: '5 digits, touching or overlapping (-4 to 0)',
    settings: { count: 5, gap: { min: -4, max: 0 }, jitter: 3, noise: 0 },
  },
  { name: '5 digits, apart (2 to 8)', settings: { count: 5, gap: { min: 2, max: 8 }, jitter: 3, noise: 0 } },
  { name: '3 digits, gaps -4 to 8, noise', settings: { count: 3, gap: { min: -4, max: 8 }, jitter: 3, noise: 0.1 } },
  { name: '8 digits, gaps -4 to 8, noise', settings: { count: 8, gap: { min: -4, max: 8 }, jitter: 3, noise: 0.1 } },
];

/** `count` strings of digits from `set` (the test digits), seeded: the same strings for every reader. */
export function benchLines(set: MnistSet, settings: StringSettings, count: number, seed: number): Line[] {
  const random = seededRandom(seed);
  const pick = digitPicker(set, random);
  return Array.from({ length: count }, () => composeString(random, pick, settings));
}

export interface BenchRow {
  readonly setting: string;
  readonly reader: string;
  readonly strings: number;
  readonly stringAccuracy: number;
  readonly digitAccuracy: number;
}

/** Each reader's string and digit accuracy on the same lines. */
export function scoreReaders(setting: string, lines: readonly Line[], readers: readonly StringReader[]): BenchRow[] {
  return readers.map((reader) => {
    const pairs = lines.map((line) => ({ read: reader.read(line), truth: line.digits.map((digit) => digit.label) }));
    return { setting, reader: reader.name, strings: lines.length, ...stringScores(pairs) };
  });
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The rows as a plain-text table, one line per setting and reader. */
export function benchTable(rows: readonly BenchRow[]): string {
  const header = ['setting', 'reader', 'strings', 'string accuracy', 'digit accuracy'];
  const cells = rows.map((row) => [
    row.setting,
    row.reader,
    String(row.strings),
    percent(row.stringAccuracy),
    percent(row.digitAccuracy),
  ]);
  const widths = header.map((title, k) => Math.max(title.length, ...cells.map((cell) => cell[k]!.length)));
  const line = (cell: string[]) =>
    cell
      .map((text, k) => text.padEnd(widths[k]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}
