import { describe, expect, it } from 'vitest';
import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import { whereInWords } from './where-in-words.ts';

const at = (epoch: number, batch: number, batches: number) =>
  ({ type: 'progress', epoch, batch, batches }) as Extract<FromWorker, { type: 'progress' }>;
const adam = (epochs: number) => ({ epochs }) as TrainingSettings;

describe('whereInWords counts the batches this run trains, as the Batches box does', () => {
  it.each([
    // 60,000 digits in batches of 48 are 1,250 an epoch; a tenth of an epoch is 125 of them.
    [0.1, at(0, 55, 1250), 'epoch 1 of 1, batch 56 of 125'],
    [1, at(0, 249, 1250), 'epoch 1 of 1, batch 250 of 1,250'],
    [2.5, at(1, 0, 1250), 'epoch 2 of 3, batch 1 of 1,250'],
    [2.5, at(2, 99, 1250), 'epoch 3 of 3, batch 100 of 625'],
  ])('%f epochs, at %o: "%s"', (epochs, event, words) => {
    expect(whereInWords(event, adam(epochs))).toBe(words);
  });
});
