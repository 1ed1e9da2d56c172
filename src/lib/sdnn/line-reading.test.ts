import { describe, expect, it } from 'vitest';
import { paddedWidth, positionsFor, readingOf, windowLeft } from './line-reading.ts';
import { interpret } from './transducer.ts';

/** Scores for a run of positions, each a class with probability 0.9 and the rest sharing 0.1. */
const scoresOf = (classes: number[]) =>
  Float32Array.from(classes.flatMap((winner) => Array.from({ length: 11 }, (_, c) => (c === winner ? 0.9 : 0.01))));

describe('the positions along a line', () => {
  it.each([
    [32, 1, 32],
    [20, 1, 32],
    [36, 2, 36],
    [37, 3, 40],
    [132, 26, 132],
  ])('a line %i columns wide has %i positions, read over %i columns', (width, positions, padded) => {
    expect(positionsFor(width)).toBe(positions);
    expect(paddedWidth(width)).toBe(padded);
    expect(windowLeft(positions - 1) + 32).toBe(padded);
  });
});

describe('readingOf', () => {
  it('reads the best class per position with runs counted once, and the transducer’s path', () => {
    // Two different characters with no blank between: the best classes read "3 5", the character model
    // cannot, and must put a blank (or one character) where the two meet.
    const reading = readingOf(scoresOf([10, 3, 3, 5, 5, 10, 10, 1, 10]));
    expect(reading.positions).toBe(9);
    expect(reading.best).toEqual([10, 3, 3, 5, 5, 10, 10, 1, 10]);
    expect(reading.bestLabels).toEqual([3, 5, 1]);
    expect(reading.penalties[1]![3]).toBeCloseTo(-Math.log(0.9), 6);
    expect(reading.interpretation).toEqual(interpret(reading.penalties));
    expect(reading.interpretation.labels).toHaveLength(3);
    expect(reading.interpretation.path.slice(1, 5)).not.toEqual([3, 3, 5, 5]);
  });

  it('drops a weak character between blanks once each character read costs a penalty', () => {
    const scores = scoresOf([3, 10, 10, 10, 5]);
    // Position 2: a 7 at 0.5 against the blank at 0.41.
    scores.set(
      Array.from({ length: 11 }, (_, c) => (c === 7 ? 0.5 : c === 10 ? 0.41 : 0.01)),
      2 * 11,
    );
    expect(readingOf(scores).interpretation.labels).toEqual([3, 7, 5]);
    expect(readingOf(scores, 1).interpretation.labels).toEqual([3, 5]);
    expect(readingOf(scores, 1).interpretation).toEqual(interpret(readingOf(scores).penalties, 1));
  });

  it('turns a probability of 0 into a large, finite penalty', () => {
    const scores = new Float32Array(11);
    scores[10] = 1;
    const reading = readingOf(scores);
    expect(reading.penalties[0]!.every(Number.isFinite)).toBe(true);
    expect(reading.interpretation.labels).toEqual([]);
  });
});
