import { describe, expect, it } from 'vitest';
import { distortStrength } from './distort-strength.ts';

describe('distortStrength', () => {
  it.each([
    ['0', 0],
    ['0.5', 0.5],
    ['2', 2],
  ])('takes "%s" as %d', (text, strength) => {
    expect(distortStrength(text)).toBe(strength);
  });

  it.each(['', 'half', '-0.5', '2.5', 'Infinity'])('refuses "%s", naming the range it takes', (text) => {
    expect(() => distortStrength(text)).toThrow(
      `--distort-strength takes a number from 0 to 2 (1 is the site's ranges); got "${text}".`,
    );
  });
});
