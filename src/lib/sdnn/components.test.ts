import { describe, expect, it } from 'vitest';
import { connectedComponents } from './components.ts';
import { editDistance, stringScores } from './string-metrics.ts';

/** A picture from rows of text: '#' is ink. */
const picture = (rows: string[]) => ({
  width: rows[0]!.length,
  height: rows.length,
  pixels: Uint8Array.from(rows.join(''), (cell) => (cell === '#' ? 255 : 0)),
});

describe('connectedComponents', () => {
  it('finds the pieces left to right, joins diagonal neighbours and drops specks', () => {
    const found = connectedComponents(picture(['#....##...#', '.#...##....', '..#........', '.....##....']), 127, 2);
    expect(found.map(({ left, right, top, bottom, area }) => [left, right, top, bottom, area])).toEqual([
      [0, 2, 0, 2, 3],
      [5, 6, 0, 1, 4],
      [5, 6, 3, 3, 2],
    ]);
    expect(found[1]!.ink.pixels.filter((value) => value > 0)).toHaveLength(4);
  });
});

describe('editDistance and stringScores', () => {
  it.each([
    [[1, 2, 3], [1, 2, 3], 0],
    [[1, 3], [1, 2, 3], 1],
    [[1, 2, 2, 3], [1, 2, 3], 1],
    [[4, 2, 3], [1, 2, 3], 1],
    [[], [5, 5], 2],
    [[3, 2, 1], [1, 2, 3], 2],
  ])('%j against %j takes %i edits', (read, truth, edits) => {
    expect(editDistance(read, truth)).toBe(edits);
  });

  it('scores whole strings and digits', () => {
    expect(
      stringScores([
        { read: [1, 2, 3], truth: [1, 2, 3] },
        { read: [1, 3], truth: [1, 2, 3] },
      ]),
    ).toEqual({ stringAccuracy: 0.5, digitAccuracy: 5 / 6 });
  });
});
