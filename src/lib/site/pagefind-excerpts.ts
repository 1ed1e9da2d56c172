import { sentenceExcerpt } from './search-excerpt.ts';

/** The parts of a Pagefind result that its excerpts are made from (Pagefind 1.x's result data). */
export interface PagefindResultData {
  readonly content: string;
  readonly raw_content?: string;
  readonly locations: readonly number[];
  readonly anchors: readonly { readonly element: string; readonly location: number }[];
  excerpt: string;
  readonly sub_results: { readonly locations: readonly number[]; excerpt: string }[];
}

/**
 * Gives a result and each of its sections (the text from one heading to the next) an excerpt of whole sentences,
 * in place of Pagefind's 30-word window; a section keeps Pagefind's own excerpt where it has no hit of its own.
 */
export function withSentenceExcerpts<T extends PagefindResultData>(result: T): T {
  // Pagefind numbers its hits by these words: its content split at white space.
  const words = (result.raw_content ?? result.content).split(/[\r\n\s]+/g);
  const headings = result.anchors
    .filter((anchor) => /^h\d$/i.test(anchor.element))
    .map((anchor) => anchor.location)
    .sort((a, b) => a - b);
  result.excerpt = sentenceExcerpt(words, result.locations) || result.excerpt;
  for (const section of result.sub_results) {
    if (section.locations.length === 0) continue;
    const first = Math.min(...section.locations);
    const from = Math.max(0, ...headings.filter((location) => location <= first));
    const to = headings.find((location) => location > first) ?? words.length;
    section.excerpt = sentenceExcerpt(words, section.locations, from, to) || section.excerpt;
  }
  return result;
}
