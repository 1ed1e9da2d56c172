import { describe, expect, it } from 'vitest';
import { readingOf } from './line-reading.ts';
import { className, digitsText, positionWords, shadeOf } from './position-words.ts';

/** Probabilities over 11 classes for each position, `winner` taking `share` and the rest split evenly. */
const scoresOf = (winners: readonly [number, number][]) =>
  Float32Array.from(
    winners.flatMap(([winner, share]) =>
      Array.from({ length: 11 }, (_, label) => (label === winner ? share : (1 - share) / 10)),
    ),
  );

describe('shadeOf', () => {
  it.each([
    [0, 1],
    [Math.log(2), 0.5],
    [10, 0.15],
    [Number.POSITIVE_INFINITY, 0.15],
    [Number.NaN, 0.15],
    [-1, 1],
  ])('penalty %f is drawn at %f', (penalty, shade) => {
    expect(shadeOf(penalty)).toBeCloseTo(shade, 6);
  });
});

describe('positionWords', () => {
  const reading = readingOf(
    scoresOf([
      [10, 0.9],
      [7, 0.5],
      [7, 0.99],
      [10, 0.8],
    ]),
  );

  it.each([
    [
      0,
      "Position 1 of 4, window on columns 0 to 31: the SDNN's best class is blank (penalty 0.11, probability 90%); the transducer's path is blank here.",
    ],
    [
      1,
      "Position 2 of 4, window on columns 4 to 35: the SDNN's best class is 7 (penalty 0.69, probability 50%); the transducer's path is 7 here.",
    ],
    [
      3,
      "Position 4 of 4, window on columns 12 to 43: the SDNN's best class is blank (penalty 0.22, probability 80%); the transducer's path is blank here.",
    ],
  ])('position %i', (position, words) => {
    expect(positionWords(reading, position)).toBe(words);
  });

  it('names classes and strings', () => {
    expect([className(3), className(10)]).toEqual(['3', 'blank']);
    expect([digitsText([]), digitsText([7, 2, 1])]).toEqual(['nothing', '7 2 1']);
  });
});
