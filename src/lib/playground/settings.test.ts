import { describe, expect, it } from 'vitest';
import { encodeC3Table, TABLE_ONE } from '../lenet/index.ts';
import { DEFAULT_FIELDS, parseSettings, quickTestInterval, type SettingsFields } from './settings.ts';

const PATHS = { wasmPath: '/wasm/', dataPath: '/data/' };
const parse = (changes: Partial<SettingsFields>) => parseSettings({ ...DEFAULT_FIELDS, ...changes }, PATHS);

describe('parseSettings', () => {
  it('turns the default fields into cosine-scheduled settings for the worker', () => {
    const result = parse({});
    if (!result.ok) throw new Error(result.messages.join(' '));
    expect(result.settings).toMatchObject({
      variant: DEFAULT_FIELDS.variant,
      epochs: Number(DEFAULT_FIELDS.epochs),
      batchSize: Number(DEFAULT_FIELDS.batchSize),
      learningRate: Number(DEFAULT_FIELDS.learningRate),
      schedule: 'cosine',
      ...PATHS,
    });
    expect(result.settings.c3Table).toBeUndefined();
  });

  it('carries the explorer\u2019s C3 table when the reader uses it', () => {
    const table = TABLE_ONE.map((row) => row.map((linked, index) => (index === 0 ? !linked : linked)));
    const result = parse({ c3table: encodeC3Table(table) });
    expect(result.ok && result.settings.c3Table).toEqual(table);
  });

  it.each([
    [{ variant: 'lenet7' }, 'Preset must be paper or modern; got "lenet7".'],
    [{ epochs: '' }, 'Epochs must be a number from 0.1 to 20; "" is not a number.'],
    [{ epochs: '0' }, 'Epochs must be a number from 0.1 to 20; got 0.'],
    [{ epochs: '21' }, 'Epochs must be a number from 0.1 to 20; got 21.'],
    [{ epochs: 'NaN' }, 'Epochs must be a number from 0.1 to 20; "NaN" is not a number.'],
    [{ epochs: 'Infinity' }, 'Epochs must be a number from 0.1 to 20; "Infinity" is not a number.'],
    [{ batchSize: '7' }, 'Batch size must be a whole number from 8 to 512; got 7.'],
    [{ batchSize: '64.5' }, 'Batch size must be a whole number from 8 to 512; got 64.5.'],
    [{ batchSize: '1e3' }, 'Batch size must be a whole number from 8 to 512; got 1e3.'],
    [{ learningRate: '-0.001' }, 'Learning rate must be a number from 0.00001 to 0.1; got -0.001.'],
    [{ learningRate: '1' }, 'Learning rate must be a number from 0.00001 to 0.1; got 1.'],
    [{ learningRate: 'fast' }, 'Learning rate must be a number from 0.00001 to 0.1; "fast" is not a number.'],
    [{ c3table: 'xyz' }, '"xyz" is not a C3 table; it takes 24 hexadecimal digits'],
  ])('parseSettings(%j) refuses with %j', (changes, message) => {
    const result = parse(changes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.messages.join(' ')).toContain(message);
  });

  it('reports every bad field at once', () => {
    const result = parse({ epochs: 'x', batchSize: '0', learningRate: '' });
    expect(!result.ok && result.messages).toHaveLength(3);
  });
});

describe('quickTestInterval', () => {
  it.each([
    { epochs: 0.2, batchSize: 48, digits: 3_200 },
    { epochs: 1, batchSize: 32, digits: 6_000 },
    { epochs: 2.5, batchSize: 48, digits: 12_800 },
    { epochs: 20, batchSize: 512, digits: 12_800 },
  ])('quickTestInterval($epochs, $batchSize) tests every $digits digits or so', ({ epochs, batchSize, digits }) => {
    const interval = quickTestInterval(epochs, batchSize);
    expect(Math.abs(interval * batchSize - digits)).toBeLessThanOrEqual(batchSize / 2);
  });

  it('gives a short run several tests before its end', () => {
    const batches = (0.2 * 60_000) / 48;
    expect(batches / quickTestInterval(0.2, 48)).toBeGreaterThanOrEqual(3);
  });
});
