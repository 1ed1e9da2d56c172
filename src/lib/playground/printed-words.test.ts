import { describe, expect, it } from 'vitest';
import { PAPER_RECIPE } from '../sdlm/recipe.ts';
import { printedDigitWords, printedEndWords, printedVerdict } from './printed-words.ts';

const layers = [
  { name: 'C1', min: 0.025, median: 0.025, max: 0.025, atCap: 1 },
  { name: 'S2', min: 0.025, median: 0.025, max: 0.025, atCap: 1 },
  { name: 'F6', min: 0.0002, median: 0.01, max: 0.025, atCap: 0.3 },
];
const steps = { eta: 0.0005, cap: 0.025, layers };

describe('printedVerdict', () => {
  it('names the layers whose steps all sit at the cap, and the digit the run diverged at', () => {
    const words = printedVerdict({ divergedAfter: 14, digits: 14 }, steps, PAPER_RECIPE);
    expect(words).toMatch(/^Diverged after 14 digits/);
    expect(words).toContain('every step of C1 and S2 sits at the cap η/μ = 0.025');
    expect(words).toContain('±1.7159');
  });

  it('says so when F6 did not stay saturated', () => {
    const words = printedVerdict({ divergedAfter: undefined, digits: 300 }, steps, PAPER_RECIPE);
    expect(words).toContain('did not stay saturated within 300 digits');
    expect(words).not.toContain('Diverged');
  });
});

describe('printedDigitWords', () => {
  it('gives the digit, its label, the answer, the loss and the saturation', () => {
    expect(printedDigitWords({ digits: 3, label: 7, answer: 1, loss: 351.24, saturated: 0.25 })).toBe(
      "Digit 3 (a 7, answered 1): loss 351.2, 25% of F6's units saturated.",
    );
  });
});

describe('printedEndWords', () => {
  it('says where a diverged run stopped, how long it took, and its last loss', () => {
    expect(printedEndWords({ divergedAfter: 14, digits: 14 }, '2 s', 61.26)).toBe(
      "Diverged after 14 digits, in 2 s; the last digit's loss was 61.3. Why is below.",
    );
  });

  it('says a run that did not diverge ended, not that it was done', () => {
    expect(printedEndWords({ divergedAfter: undefined, digits: 300 }, '20 s', undefined)).toBe(
      'Ended after 300 digits, in 20 s, without diverging. The verdict is below.',
    );
  });
});
