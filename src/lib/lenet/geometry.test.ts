import { describe, expect, it } from 'vitest';
import { slideAxis } from './geometry.ts';

describe('slideAxis: out = floor((in + 2p - k) / s) + 1', () => {
  it.each([
    [{ input: 32, window: 5, stride: 1, padding: 0 }, 28, []],
    [{ input: 28, window: 2, stride: 2, padding: 0 }, 14, []],
    [{ input: 29, window: 2, stride: 2, padding: 0 }, 14, [28]],
    [{ input: 28, window: 5, stride: 1, padding: 2 }, 28, []],
    [{ input: 10, window: 3, stride: 3, padding: 0 }, 3, [9]],
    [{ input: 11, window: 3, stride: 4, padding: 0 }, 3, []],
    [{ input: 12, window: 3, stride: 4, padding: 0 }, 3, [11]],
    [{ input: 4, window: 5, stride: 1, padding: 0 }, null, []],
    [{ input: 4, window: 5, stride: 1, padding: 1 }, 2, []],
  ])('%j gives %j and drops %j', (axis, output, dropped) => {
    expect(slideAxis(axis)).toEqual({ output, dropped });
  });
});
