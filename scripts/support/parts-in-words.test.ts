import { describe, expect, it } from 'vitest';
import { partsInWords } from './parts-in-words.ts';

describe('partsInWords', () => {
  it('gives each part its share of the run, and what no part claimed as other', () => {
    const parts = { kernels: 900, batches: 20, shifts: 5, messages: 10, yields: 15, tests: 40 };
    expect(partsInWords(parts, 1000)).toBe(
      'kernels 900 ms (90.0%), batches 20 ms (2.0%), shifts 5 ms (0.5%), messages 10 ms (1.0%), yields 15 ms (1.5%), tests 40 ms (4.0%), other 10 ms (1.0%)',
    );
  });
});
