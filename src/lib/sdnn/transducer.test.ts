import { describe, expect, it } from 'vitest';
import { seededRandom } from '../mnist/dataset.ts';
import { allowedPath, interpret, readPath } from './transducer.ts';

const BLANK = 10;
/** Penalties that favour `winners` (one class per position) by `margin` over every other class. */
const favouring = (winners: readonly number[], margin = 1) =>
  winners.map((winner) => Array.from({ length: 11 }, (_, label) => (label === winner ? 0 : margin)));

/** Every path of `classes` labels over `length` positions, the slow way. */
function* allPaths(length: number, classes: number): Generator<number[]> {
  if (length === 0) {
    yield [];
    return;
  }
  for (const rest of allPaths(length - 1, classes))
    for (let label = 0; label < classes; label++) yield [...rest, label];
}

describe('readPath and allowedPath', () => {
  it.each([
    [[BLANK, 3, 3, BLANK, 3, BLANK], [3, 3], true],
    [[5, 5, 5, BLANK, 4, BLANK, BLANK, 0], [5, 4, 0], true],
    [[4, 4, 1, BLANK], [4, 1], false],
  ])('%j reads %j; allowed: %s', (path, read, allowed) => {
    expect(readPath(path, BLANK)).toEqual(read);
    expect(allowedPath(path, BLANK)).toBe(allowed);
  });
});

describe('interpret', () => {
  it('reads a clean output as its runs, one character per run', () => {
    expect(interpret(favouring([BLANK, 6, 6, BLANK, 7, 7, 7, BLANK, 8, BLANK])).labels).toEqual([6, 7, 8]);
  });

  it("drops Fig. 26's erroneous 1: a character right after another costs less as the neighbour's run", () => {
    // The window that sees the 4's right half prefers 1, but 4 is a close second there.
    const penalties = favouring([BLANK, 4, 4, 1, BLANK]).map((row, t) => (t === 3 ? row.with(4, 0.3) : row));
    expect(
      readPath(
        penalties.map((row) => row.indexOf(0)),
        BLANK,
      ),
    ).toEqual([4, 1]);
    expect(interpret(penalties)).toMatchObject({ labels: [4], path: [BLANK, 4, 4, 4, BLANK], penalty: 0.3 });
  });

  it('gives the empty reading for an empty output or an all-blank one', () => {
    expect(interpret([])).toEqual({ labels: [], path: [], penalty: 0 });
    expect(interpret(favouring([BLANK, BLANK])).labels).toEqual([]);
  });

  it('agrees with a search over every allowed path on random short outputs', () => {
    const random = seededRandom(26);
    const classes = 4; // three characters and the blank keep the search small
    for (let trial = 0; trial < 40; trial++) {
      const length = 1 + Math.floor(random() * 6);
      const penalties = Array.from({ length }, () => Array.from({ length: classes }, () => random() * 3));
      const characterPenalty = trial % 2 ? 0 : random();
      let best = Infinity;
      for (const path of allPaths(length, classes)) {
        if (!allowedPath(path, classes - 1)) continue;
        const cost =
          path.reduce((sum, label, t) => sum + penalties[t]![label]!, 0) +
          readPath(path, classes - 1).length * characterPenalty;
        best = Math.min(best, cost);
      }
      const found = interpret(penalties, characterPenalty);
      expect(allowedPath(found.path, classes - 1)).toBe(true);
      expect(found.penalty).toBeCloseTo(best, 10);
    }
  });
});
