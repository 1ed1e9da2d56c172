import { describe, expect, it } from 'vitest';
import { epochsInWords } from './epochs-in-words.ts';

describe('epochsInWords', () => {
  it.each([
    [3, '3 epochs'],
    [2.96, '3 epochs'],
    [2.5, '2.5 epochs'],
    [1, '1 epoch'],
    [0.2, '0.2 epochs'],
  ])('epochsInWords(%s) is "%s"', (epochs, words) => {
    expect(epochsInWords(epochs)).toBe(words);
  });
});
