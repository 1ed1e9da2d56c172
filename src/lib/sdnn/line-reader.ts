import type { Ink } from '../drawing/ink.ts';
import type { tfl } from '../model/tf.ts';
import { readingOf, type LineReading } from './line-reading.ts';
import { ReplicatedLine } from './replicated-line.ts';
import { SDNN_CLASSES, SDNN_NETWORK } from './sdnn-network.ts';

/** Section VII's SDNN reading a line: the 32x32 SDNN replicated over it, then its two readings. */
export class LineReader {
  private readonly line: ReplicatedLine;

  constructor(model: tfl.LayersModel) {
    this.line = new ReplicatedLine(model, SDNN_NETWORK, SDNN_CLASSES);
  }

  /** The eleven probabilities at every position of `ink` (LINE_HEIGHT rows, any width), positions x 11. */
  scores(ink: Ink): Float32Array {
    return this.line.outputs(ink);
  }

  /** The line's readings; `characterPenalty` is the transducer's cost per character read (see `readingOf`). */
  read(ink: Ink, characterPenalty = 0): LineReading {
    return readingOf(this.scores(ink), characterPenalty);
  }

  dispose(): void {
    this.line.dispose();
  }
}
