import '@tensorflow/tfjs-backend-cpu';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSavedModel } from '../../../scripts/support/model-files.ts';
import { preset } from '../lenet/lenet5.ts';
import { loadModel } from '../model/artifacts.ts';
import { realMnist } from '../model/test-support.ts';
import { tf, type tfl } from '../model/tf.ts';
import type { Line } from './compose.ts';
import type { LineReader } from './line-reader.ts';
import { readingOf } from './line-reading.ts';
import { benchLines, scoreReaders } from './string-bench.ts';
import { componentReader, knownCentresReader, sdnnReaders } from './string-readers.ts';

const MODELS = join(import.meta.dirname, '..', '..', '..', 'public', 'models');
const test = realMnist('test', 500);
let paper: tfl.LayersModel;

beforeAll(async () => {
  await tf.setBackend('cpu');
  paper = await loadModel(readSavedModel(join(MODELS, 'paper')));
});

afterAll(() => paper.dispose());

// Digits 8 columns apart, on clean paper: what the classic pipeline and the known centres read best.
const apart = benchLines(test, { count: 4, gap: { min: 8, max: 8 }, jitter: 0, noise: 0 }, 25, 11);

describe('the classic readers on strings of test digits', () => {
  it('connected components read well-separated digits nearly as the paper’s LeNet-5 reads digits', () => {
    const [row] = scoreReaders('apart', apart, [componentReader(paper)]);
    expect(row!.digitAccuracy).toBeGreaterThan(0.9);
  });

  it('known centres give one answer per digit and read well-separated digits', () => {
    const reader = knownCentresReader(paper, preset('paper'));
    for (const line of apart.slice(0, 5)) expect(reader.read(line)).toHaveLength(line.digits.length);
    const [row] = scoreReaders('apart', apart, [reader]);
    expect(row!.digitAccuracy).toBeGreaterThan(0.9);
    reader.dispose();
  });

  it('connected components read touching digits as fewer pieces than there are digits', () => {
    const touching = benchLines(test, { count: 4, gap: { min: -3, max: -1 }, jitter: 0, noise: 0 }, 10, 12);
    const read = touching.map((line) => componentReader(paper).read(line).length);
    expect(read.reduce((sum, count) => sum + count, 0)).toBeLessThan(4 * 10);
  });
});

describe('sdnnReaders', () => {
  it('runs the SDNN once per line for both readings, and reads the transducer’s and the best classes', () => {
    let passes = 0;
    const scores = Float32Array.from({ length: 5 * 11 }, (_, k) => ([3, 14, 32, 43, 54].includes(k) ? 0.9 : 0.01));
    // Positions: 3, 3, blank, blank, blank: one "3".
    const fake = {
      read: () => {
        passes++;
        return readingOf(scores);
      },
    } as unknown as LineReader;
    const [transducer, best] = sdnnReaders(fake);
    const line = apart[0]! satisfies Line;
    expect(transducer.read(line)).toEqual([3]);
    expect(best.read(line)).toEqual([3]);
    expect(passes).toBe(1);
  });
});
