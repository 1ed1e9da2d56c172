/** Words that end in a full stop without ending a sentence, as the guide writes them. */
const ABBREVIATIONS = new Set(['al.', 'e.g.', 'i.e.', 'eq.', 'fig.', 'no.', 'sec.', 'vs.']);

/** A word that closes a sentence: a full stop, a question or an exclamation, perhaps inside a quote or bracket. */
export function endsSentence(word: string): boolean {
  // A bare number with a full stop ("1.") numbers a heading or a list item; it ends no sentence.
  return /[.!?]["”’)\]]*$/.test(word) && !/^\d+\.$/.test(word) && !ABBREVIATIONS.has(word.toLowerCase());
}

export interface ExcerptLimits {
  /** A shorter sentence (a heading, say) takes the next one along too, where that one fits. */
  readonly minWords: number;
  /** A longer sentence is cut around the first hit, and the cut is marked with an ellipsis. */
  readonly maxWords: number;
}

const LIMITS: ExcerptLimits = { minWords: 12, maxWords: 40 };

/** The index of the last word of the sentence that starts at `start`, within `to`. */
function sentenceEnd(words: readonly string[], start: number, to: number): number {
  let end = start;
  while (end < to - 1 && !endsSentence(words[end]!)) end++;
  return end;
}

/**
 * The whole sentence around the first hit in words[from, to), marked, instead of a window of words that starts and
 * stops mid-sentence; an ellipsis stands where a sentence longer than the limit had to be cut.
 */
export function sentenceExcerpt(
  words: readonly string[],
  hits: readonly number[],
  from = 0,
  to = words.length,
  limits = LIMITS,
): string {
  const inside = hits.filter((hit) => hit >= from && hit < to);
  if (inside.length === 0) return '';
  const first = Math.min(...inside);
  let start = first;
  while (start > from && !endsSentence(words[start - 1]!) && first - start < limits.maxWords / 2) start--;
  let end = Math.min(sentenceEnd(words, first, to), start + limits.maxWords - 1);
  while (end + 1 < to && end - start + 1 < limits.minWords && endsSentence(words[end]!)) {
    const next = sentenceEnd(words, end + 1, to);
    if (next - start + 1 > limits.maxWords) break;
    end = next;
  }
  const marked = new Set(inside);
  const text = words
    .slice(start, end + 1)
    .map((word, index) => (marked.has(start + index) ? `<mark>${word}</mark>` : word))
    .join(' ');
  const cutBefore = start > from && !endsSentence(words[start - 1]!);
  const cutAfter = end < to - 1 && !endsSentence(words[end]!);
  return `${cutBefore ? '… ' : ''}${text}${cutAfter ? ' …' : ''}`;
}
