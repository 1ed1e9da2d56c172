import { describe, expect, it } from 'vitest';
import { endsSentence, sentenceExcerpt } from './search-excerpt.ts';

const words = (text: string) => text.split(' ');
const hitsOf = (all: string[], term: string) => all.flatMap((word, index) => (word.startsWith(term) ? [index] : []));

describe('sentenceExcerpt(words, hits)', () => {
  const page = words(
    'C3: the sparse convolution. C3 is a convolution with 5x5 kernels, like C1, but over several input maps at once. ' +
      'Each map reads a subset of S2 given by Table I of the paper (LeCun et al. 1998, Fig. 2). The rest is prose.',
  );

  it('takes a heading together with the sentence after it, and stops at a full stop', () => {
    const excerpt = sentenceExcerpt(page, hitsOf(page, 'C3'));
    expect(excerpt).toBe(
      '<mark>C3:</mark> the sparse convolution. <mark>C3</mark> is a convolution with 5x5 kernels, like C1, but over several input maps at once.',
    );
  });

  it('starts at the sentence holding the first hit, reading "et al." and "Fig." as no sentence end', () => {
    const excerpt = sentenceExcerpt(page, hitsOf(page, 'Table'));
    expect(excerpt).toBe(
      'Each map reads a subset of S2 given by <mark>Table</mark> I of the paper (LeCun et al. 1998, Fig. 2).',
    );
  });

  it('cuts a sentence longer than the limit around the hit, and marks each cut with an ellipsis', () => {
    const long = words(`First. ${'word '.repeat(60)}needle ${'word '.repeat(60)}end.`);
    const excerpt = sentenceExcerpt(long, hitsOf(long, 'needle'), 0, long.length, { minWords: 12, maxWords: 20 });
    expect(excerpt).toMatch(/^… (word ){10}<mark>needle<\/mark>( word){9} …$/);
  });

  it('stays within the section it is given, and is empty where the section has no hit', () => {
    const at = page.indexOf('Each');
    expect(sentenceExcerpt(page, hitsOf(page, 'C3'), at)).toBe('');
    expect(sentenceExcerpt(page, hitsOf(page, 'prose'), 0, at)).toBe('');
  });

  it.each([
    ['end.', true],
    ['2).', true],
    ['“quoted.”', true],
    ['al.', false],
    ['1.', false],
    ['kernels,', false],
  ])('%j ends a sentence: %s', (word, ends) => {
    expect(endsSentence(word)).toBe(ends);
  });
});
