import { describe, expect, it } from 'vitest';
import { seedSpread, type SeedOutcome } from './recipe-spread.ts';

const wasm = 'WebAssembly';
const run = (seed: number, testError: number | null, extra: Partial<SeedOutcome> = {}): SeedOutcome => ({
  etaScale: 0.1,
  seed,
  testError,
  backend: wasm,
  ...extra,
});
const paperBand = { etaScale: 0.1, backend: wasm, target: 0.0095, band: 0.0015 };

describe('seedSpread', () => {
  it.each([
    [
      'of three seeds gives the middle one as median',
      [run(1, 0.02), run(2, 0.01), run(3, 0.015)],
      [1, 2, 3],
      0.01,
      0.02,
      0.015,
    ],
    [
      'of four seeds gives the mean of the middle two',
      [run(4, 0.02), run(1, 0.01), run(2, 0.012), run(3, 0.018)],
      [1, 2, 3, 4],
      0.01,
      0.02,
      0.015,
    ],
    ['leaves out a run that diverged', [run(1, 0.02), run(2, null), run(3, 0.01)], [1, 3], 0.01, 0.02, 0.015],
    [
      'leaves out another eta scale',
      [run(1, 0.02), run(2, 0.01), run(3, 0.5, { etaScale: 1 })],
      [1, 2],
      0.01,
      0.02,
      0.015,
    ],
    [
      'leaves out another runner',
      [run(1, 0.02), run(2, 0.01), run(3, 0.5, { backend: 'TypeScript' })],
      [1, 2],
      0.01,
      0.02,
      0.015,
    ],
    [
      'keeps the last listing of a seed run twice',
      [run(1, 0.05), run(2, 0.01), run(1, 0.02)],
      [1, 2],
      0.01,
      0.02,
      0.015,
    ],
  ])('%s', (_, runs, seeds, lowest, highest, median) => {
    expect(seedSpread(runs, paperBand)).toMatchObject({ seeds, lowest, highest, median });
  });

  it.each([
    ['counts the band edges as inside', [run(1, 0.008), run(2, 0.011), run(3, 0.0111)], 2],
    ['counts none when every seed misses', [run(1, 0.0194), run(2, 0.0166)], 0],
  ])('%s', (_, runs, withinBand) => {
    expect(seedSpread(runs, paperBand)?.withinBand).toBe(withinBand);
  });

  it('is undefined for a single finished seed', () => {
    expect(seedSpread([run(1, 0.02), run(2, null)], paperBand)).toBeUndefined();
  });
});
