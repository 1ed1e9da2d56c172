import { describe, expect, it } from 'vitest';
import { laneThreadsFor, threadsIfIsolated, wasmThreadsFor } from './threads.ts';

describe('threads a run trains on', () => {
  it('are one on a page that is not cross-origin isolated, whatever the cores', () => {
    for (const cores of [1, 2, 8]) {
      expect(laneThreadsFor(false, cores)).toBe(1);
      expect(wasmThreadsFor(false, cores)).toBe(1);
    }
  });

  it('are two for the lane engine and up to four for tfjs on an isolated page', () => {
    expect([1, 2, 8].map((cores) => laneThreadsFor(true, cores))).toEqual([1, 2, 2]);
    expect([1, 2, 3, 8].map((cores) => wasmThreadsFor(true, cores))).toEqual([1, 2, 3, 4]);
  });

  it('that isolation would add are offered only where it would add some', () => {
    expect(threadsIfIsolated('lanes', false, 8)).toBe(2);
    expect(threadsIfIsolated('wasm', false, 8)).toBe(4);
    expect(threadsIfIsolated('lanes', true, 8)).toBeUndefined();
    expect(threadsIfIsolated('lanes', false, 1)).toBeUndefined();
    expect(threadsIfIsolated('webgl', false, 8)).toBeUndefined();
  });
});
