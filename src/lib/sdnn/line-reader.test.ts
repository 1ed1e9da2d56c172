import '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSavedModel } from '../../../scripts/support/model-files.ts';
import { forwardPass } from '../forward/forward.ts';
import { seededRandom } from '../mnist/dataset.ts';
import { loadModel } from '../model/artifacts.ts';
import { namedWeights } from '../model/named-weights.ts';
import { realMnist } from '../model/test-support.ts';
import { tf, type tfl } from '../model/tf.ts';
import { cropColumns } from './compose.ts';
import { LineReader } from './line-reader.ts';
import { positionsFor, windowLeft } from './line-reading.ts';
import { composeString, WINDOW } from './sdnn-data.ts';
import { SDNN_CLASSES, SDNN_INPUT, SDNN_NETWORK } from './sdnn-network.ts';
import { digitPicker, inputLevels } from './window-batch.ts';
import { windowScores } from './window-scores.ts';

const MODEL = join(import.meta.dirname, '..', '..', '..', 'public', 'models', 'sdnn');
const test = realMnist('test', 1_000);
let model: tfl.LayersModel;
let reader: LineReader;

beforeAll(async () => {
  await tf.setBackend('cpu');
  model = await loadModel(readSavedModel(MODEL));
  reader = new LineReader(model);
});

afterAll(() => {
  reader.dispose();
  model.dispose();
});

/** Real strings of test digits: touching and overlapping ones, noisy ones, and one wide apart. */
const STRINGS = [
  { count: 5, gap: { min: -1, max: 4 }, jitter: 3, noise: 0.1 },
  { count: 4, gap: { min: -4, max: 0 }, jitter: 0, noise: 0 },
  { count: 3, gap: { min: 4, max: 8 }, jitter: 2, noise: 0.05 },
].map((settings, index) => {
  const random = seededRandom(100 + index);
  return composeString(random, digitPicker(test, random), settings);
});

describe('LineReader', () => {
  it.each(STRINGS.map((line, index) => [index, line] as const))(
    'gives, on string %i, at every position what the single 32x32 model gives its window, within 1e-4',
    (_, line) => {
      const scores = reader.scores(line.ink);
      const positions = positionsFor(line.ink.width);
      expect(scores.length).toBe(positions * SDNN_CLASSES);
      const size = WINDOW * WINDOW;
      const windows = new Float32Array(positions * size);
      for (let p = 0; p < positions; p++) inputLevels(cropColumns(line.ink, windowLeft(p), WINDOW), windows, p * size);
      const single = windowScores(model, windows, positions);
      let worst = 0;
      scores.forEach((value, k) => (worst = Math.max(worst, Math.abs(value - single[k]!))));
      expect(worst).toBeLessThan(1e-4);
      // The windows are real: the positions do not all give the same answer.
      expect(new Set(reader.read(line.ink).best).size).toBeGreaterThan(1);
    },
    60_000,
  );

  it('agrees with the plain-TypeScript forward pass on the windows of a string', () => {
    const line = STRINGS[0]!;
    const scores = reader.scores(line.ink);
    const weights = new Map(namedWeights(model).map((weight) => [weight.name, weight]));
    for (let p = 0; p < positionsFor(line.ink.width); p += 3) {
      const pass = forwardPass(
        SDNN_NETWORK,
        SDNN_INPUT,
        weights,
        inputLevels(cropColumns(line.ink, windowLeft(p), WINDOW)),
      );
      if (!pass.ok) throw new Error(pass.error.message);
      const reference = pass.value.at(-1)!.output.values;
      reference.forEach((value, c) => expect(Math.abs(value - scores[p * SDNN_CLASSES + c]!)).toBeLessThan(1e-4));
    }
  });

  it('reads a blank or narrow line as nothing, with no NaN, and refuses a line of another height', () => {
    const empty = reader.read({ width: 10, height: 32, pixels: new Uint8Array(320) });
    expect(empty.positions).toBe(1);
    expect(Array.from(empty.scores).every(Number.isFinite)).toBe(true);
    expect(empty.interpretation.labels).toEqual([]);
    expect(() => reader.scores({ width: 40, height: 28, pixels: new Uint8Array(40 * 28) })).toThrow(
      'A line is 32 rows high; got 28.',
    );
  });
});
