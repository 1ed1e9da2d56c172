import { describe, expect, it } from 'vitest';
import { formatLocation, shortCitation } from './citation.ts';
import { FIGURE_NINE, LENET5_RESULT } from './results.ts';
import { PAPER_TRAINING } from './training.ts';

describe('paper facts', () => {
  it('Fig. 9 lists LeNet-5 at the 0.95% of its result summary', () => {
    const lenet5 = FIGURE_NINE.find((entry) => entry.name === 'LeNet-5');
    expect(lenet5?.testError).toBe(LENET5_RESULT.testErrorPercent);
  });

  it('the best entry of Fig. 9 is boosted LeNet-4 with distortions', () => {
    const best = [...FIGURE_NINE].sort((a, b) => a.testError - b.testError)[0];
    expect(best?.name).toBe('Boosted LeNet-4, distortions');
  });

  it('the learning-rate schedule covers passes 1 to 20 without a gap', () => {
    const steps = PAPER_TRAINING.schedule;
    steps.forEach((step, index) => {
      const previous = steps[index - 1];
      expect(step.fromPass).toBe(previous && 'toPass' in previous ? previous.toPass + 1 : 1);
    });
    expect(steps.at(-1)?.fromPass).toBeLessThanOrEqual(PAPER_TRAINING.passes);
  });

  it.each([
    [{ section: 'II-B' }, 'Section II-B'],
    [{ section: 'II-B', page: 8 }, 'Section II-B, p. 8'],
    [{ section: 'Appendix A', page: 41 }, 'Appendix A, p. 41'],
    [{ section: 'III-C', figure: 'Fig. 9' }, 'Section III-C, Fig. 9'],
  ])('formatLocation(%j) is %j', (location, text) => {
    expect(formatLocation(location)).toBe(text);
  });

  it('shortCitation names the authors and the year', () => {
    expect(shortCitation({ section: 'II-B' })).toBe('LeCun et al. 1998, Section II-B');
  });
});
