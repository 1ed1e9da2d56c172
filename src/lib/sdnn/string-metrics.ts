/** The fewest insertions, deletions and substitutions that turn `read` into `truth`. */
export function editDistance(read: readonly number[], truth: readonly number[]): number {
  let previous = Array.from({ length: truth.length + 1 }, (_, j) => j);
  for (let i = 1; i <= read.length; i++) {
    const current = [i];
    for (let j = 1; j <= truth.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (read[i - 1] === truth[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[truth.length]!;
}

/** A reader's score on strings: the share read whole, and the share of digits right (one less per edit). */
export function stringScores(pairs: readonly { read: readonly number[]; truth: readonly number[] }[]) {
  const whole = pairs.filter(({ read, truth }) => editDistance(read, truth) === 0).length;
  const digits = pairs.reduce((sum, { truth }) => sum + truth.length, 0);
  const edits = pairs.reduce((sum, { read, truth }) => sum + editDistance(read, truth), 0);
  return {
    stringAccuracy: pairs.length === 0 ? 0 : whole / pairs.length,
    digitAccuracy: digits === 0 ? 0 : Math.max(0, 1 - edits / digits),
  };
}
