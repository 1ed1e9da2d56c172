import { describe, expect, it } from 'vitest';
import { isolationAdvice } from './isolation-advice.ts';

describe('isolationAdvice', () => {
  it.each([
    ['reload', 'Reload it'],
    ['headers', 'served with COOP and COEP headers'],
  ] as const)("with route %s tells the reader to '%s'", (route, step) => {
    const advice = isolationAdvice(2, route);
    expect(advice).toContain(step);
    expect(advice).toMatch(/trains on 2 threads, faster\.$/);
  });

  it('never offers a reload where no service worker can make the page isolated', () => {
    expect(isolationAdvice(2, 'headers')).not.toContain('Reload');
  });
});
