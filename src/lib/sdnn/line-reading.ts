import { interpret, readPath, type Interpretation } from './transducer.ts';
import { WINDOW } from './sdnn-data.ts';
import { SDNN_CLASSES, SDNN_STEP } from './sdnn-network.ts';

/** Output positions of the replicated network over a line `width` columns wide, padded with paper on the right. */
export const positionsFor = (width: number): number => Math.ceil((Math.max(width, WINDOW) - WINDOW) / SDNN_STEP) + 1;

/** The first column of position `position`'s 32-column window. */
export const windowLeft = (position: number): number => position * SDNN_STEP;

/** The columns the replicated network reads for a line `width` wide: whole steps of 4 past the first window. */
export const paddedWidth = (width: number): number => WINDOW + (positionsFor(width) - 1) * SDNN_STEP;

/** What the SDNN reads on a line: its scores at every position, and the two readings the benchmark compares. */
export interface LineReading {
  readonly positions: number;
  /** positions x 11 probabilities, the blank last. */
  readonly scores: Float32Array;
  /** Each position's penalty per class: minus the log of its probability. */
  readonly penalties: number[][];
  /** The likeliest class at each position. */
  readonly best: number[];
  /** The best class per position with no character model: runs counted once, blanks dropped. */
  readonly bestLabels: number[];
  /** Section VII-A's reading: the Viterbi path through the character model. */
  readonly interpretation: Interpretation;
}

/** The smallest probability a penalty is taken of, so that a class the network rules out costs much, not Infinity. */
const FLOOR = 1e-12;

/**
 * The readings of the SDNN's scores along a line (positions x 11 probabilities); each character the
 * transducer reads costs `characterPenalty` more (the entry arc of its character model, 0 by default).
 */
export function readingOf(scores: Float32Array, characterPenalty = 0): LineReading {
  const positions = scores.length / SDNN_CLASSES;
  const penalties = Array.from({ length: positions }, (_, position) =>
    Array.from(
      scores.subarray(position * SDNN_CLASSES, (position + 1) * SDNN_CLASSES),
      (p) => -Math.log(Math.max(p, FLOOR)),
    ),
  );
  const best = penalties.map((row) => row.indexOf(Math.min(...row)));
  return {
    positions,
    scores,
    penalties,
    best,
    bestLabels: readPath(best, SDNN_CLASSES - 1),
    interpretation: interpret(penalties, characterPenalty),
  };
}
