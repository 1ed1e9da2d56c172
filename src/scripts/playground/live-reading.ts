import { answerOf } from '../../lib/model/answer.ts';
import { classifierOf, type Classifier } from '../../lib/model/classifier.ts';
import type { TrainingSettings } from '../../lib/model/worker/protocol.ts';
import type { TrainingClient } from '../../lib/model/worker/training-client.ts';
import type { KeptNetwork } from '../../lib/playground/kept-network.ts';
import { keptReader } from './kept-reader.ts';

export interface LiveScores {
  readonly scores: readonly number[];
  readonly classifier: Classifier;
  readonly answer: number;
}

/** What the second column beside the pad shows: whose answer, and the answer or why there is none. */
export interface LiveReading {
  readonly title: string;
  readonly scores?: LiveScores;
  readonly note: string;
}

const IN_TRAINING = 'Model in training';
const KEPT = 'Your trained network';
const readsToo = 'Draw a digit or pick a test digit: it reads it too.';

const scored = (scores: readonly number[], network: TrainingSettings['network']): LiveScores => {
  const classifier = classifierOf(network);
  return { scores, classifier, answer: answerOf(scores, classifier) };
};

/** The network in training's reading of a digit or, with none running, the kept network's. */
export function liveReader(
  client: TrainingClient,
  settings: () => TrainingSettings | undefined,
  kept: () => KeptNetwork | undefined,
) {
  const readKept = keptReader();
  return async (digit: Uint8Array | undefined): Promise<LiveReading> => {
    if (settings()?.printed)
      return {
        title: IN_TRAINING,
        note: 'A run with η as printed keeps no network to read with: it only shows how the schedule diverges.',
      };
    if (settings() && client.running) {
      const scores = digit && (await client.predict(digit));
      // Read again: the run may have changed while the network answered.
      if (scores) return { title: IN_TRAINING, scores: scored(scores, settings()!.network), note: '' };
      return { title: IN_TRAINING, note: digit ? 'It answers once its first batch is done.' : readsToo };
    }
    const network = kept();
    if (!network) return { title: IN_TRAINING, note: 'Train a model below to compare it here.' };
    if (!digit) return { title: KEPT, note: readsToo };
    return { title: KEPT, scores: scored(await readKept(network, digit), network.network), note: '' };
  };
}
