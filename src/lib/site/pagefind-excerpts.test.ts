import { describe, expect, it } from 'vitest';
import { withSentenceExcerpts, type PagefindResultData } from './pagefind-excerpts.ts';

// A page as Pagefind hands it over: its words, the hits, and the headings that start its sections.
const content =
  'C3: the sparse convolution. C3 reads S2 through Table I, one of many maps. ' +
  'Full connection instead. If every S2 map fed every C3 map, C3 would have more weights.';
const words = content.split(' ');
const at = (word: string, from = 0) => words.indexOf(word, from);

function result(): PagefindResultData {
  const section = at('Full');
  return {
    content,
    locations: [at('C3:'), at('C3', 1), at('C3', section)],
    anchors: [{ element: 'h2', location: section }],
    excerpt: 'window of thirty words stopping mid',
    sub_results: [
      { locations: [at('C3:'), at('C3', 1)], excerpt: 'first' },
      { locations: [at('C3', section)], excerpt: 'second' },
    ],
  };
}

describe('withSentenceExcerpts(result)', () => {
  it('gives the page and each section whole sentences from that section only', () => {
    const processed = withSentenceExcerpts(result());
    expect(processed.excerpt).toBe(
      '<mark>C3:</mark> the sparse convolution. <mark>C3</mark> reads S2 through Table I, one of many maps.',
    );
    expect(processed.sub_results.map((section) => section.excerpt)).toEqual([
      '<mark>C3:</mark> the sparse convolution. <mark>C3</mark> reads S2 through Table I, one of many maps.',
      'If every S2 map fed every <mark>C3</mark> map, C3 would have more weights.',
    ]);
  });
});
