import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RunParts } from './run-parts.ts';

describe('RunParts', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['performance'] }));
  afterEach(() => vi.useRealTimers());

  const spend = (ms: number) => vi.advanceTimersByTime(ms);

  it('adds each part its own milliseconds', () => {
    const parts = new RunParts();
    parts.time('kernels', () => spend(5));
    parts.time('batches', () => spend(2));
    parts.time('kernels', () => spend(4));
    expect(parts.ms).toMatchObject({ kernels: 9, batches: 2, tests: 0 });
  });

  it('gives a part inside another its time, and the outer part only the rest', () => {
    const parts = new RunParts();
    parts.time('messages', () => {
      spend(1);
      parts.time('tests', () => spend(7));
      spend(2);
    });
    expect(parts.ms).toMatchObject({ messages: 3, tests: 7 });
  });

  it('counts a part that throws, and passes the error on', () => {
    const parts = new RunParts();
    expect(() =>
      parts.time('tests', () => {
        spend(3);
        throw new Error('no digits');
      }),
    ).toThrow('no digits');
    expect(parts.ms.tests).toBe(3);
  });

  it('times an awaited part until it settles', async () => {
    const parts = new RunParts();
    const yielded = parts.timeAsync('yields', async () => {
      await Promise.resolve();
      spend(6);
    });
    await yielded;
    expect(parts.ms.yields).toBe(6);
  });
});
