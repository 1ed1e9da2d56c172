/**
 * Section VII-A's interpretation of an SDNN's output: the output graph (one arc per class at each
 * position, weighted by the network's penalty) composed with a character model, and the Viterbi
 * path through the result. The character model is the one Fig. 26's caption and VII-B describe:
 * it "prevents characters from appearing on contiguous outputs": a character may last several
 * positions (neighbouring windows see the same digit), but a different character may only follow
 * after at least one blank position, and the same character twice needs a blank between its two.
 */

/** One position's penalties, one per class; the last class is the blank. Lower is better. */
export type PositionPenalties = readonly number[];

export interface Interpretation {
  /** The characters read, blank runs dropped and each character's run counted once. */
  readonly labels: number[];
  /** The winning class at every position on the best path. */
  readonly path: number[];
  /** The path's total penalty. */
  readonly penalty: number;
}

/**
 * Whether a path of classes obeys the character model: no position holds a character that differs
 * from a character at the position before it.
 */
export function allowedPath(path: readonly number[], blank: number): boolean {
  return path.every((label, t) => t === 0 || label === blank || path[t - 1] === blank || path[t - 1] === label);
}

/** The characters a path reads: each run of one character counted once, blanks dropped. */
export function readPath(path: readonly number[], blank: number): number[] {
  return path.filter((label, t) => label !== blank && (t === 0 || path[t - 1] !== label));
}

/**
 * The best allowed path through `penalties` (positions x classes, the blank last) and what it reads.
 * Each character read adds `characterPenalty` (0 by default), the arc penalty of the model's entry arc.
 */
export function interpret(penalties: readonly PositionPenalties[], characterPenalty = 0): Interpretation {
  if (penalties.length === 0) return { labels: [], path: [], penalty: 0 };
  const classes = penalties[0]!.length;
  const blank = classes - 1;
  // The state after a position is the class there: the blank, or the character whose run it extends.
  let cost = penalties[0]!.map((penalty, label) => penalty + (label === blank ? 0 : characterPenalty));
  const from: Int32Array[] = [new Int32Array(classes).fill(-1)];
  for (let t = 1; t < penalties.length; t++) {
    const next = new Array<number>(classes);
    const back = new Int32Array(classes);
    for (let label = 0; label < classes; label++) {
      // A blank follows anything; a character follows a blank (a new character) or itself (the same run).
      const viaBlank = cost[blank]! + (label === blank ? 0 : characterPenalty);
      const best = label === blank ? argmin(cost) : cost[label]! <= viaBlank ? label : blank;
      back[label] = best;
      next[label] = (best === blank ? viaBlank : cost[best]!) + penalties[t]![label]!;
    }
    cost = next;
    from.push(back);
  }
  let state = argmin(cost);
  const penalty = cost[state]!;
  const path = new Array<number>(penalties.length);
  for (let t = penalties.length - 1; t >= 0; t--) {
    path[t] = state;
    state = from[t]![state]!;
  }
  return { labels: readPath(path, blank), path, penalty };
}

function argmin(values: readonly number[]): number {
  let best = 0;
  for (let index = 1; index < values.length; index++) if (values[index]! < values[best]!) best = index;
  return best;
}
