import { describe, expect, it } from 'vitest';
import { analyze, formatCount, parseInputSize, preset, type Variant } from '../src/lib/lenet/index.ts';
import { figureText, type FigureQuery } from '../src/utils/figure-text.ts';
import { decode, htmlFor } from './support/dist.ts';
import { builtPages } from './support/pages.ts';

const docs = builtPages().filter((path) => !['/explorer/', '/search/'].includes(path));

function printedFigures(html: string): { query: FigureQuery; text: string }[] {
  return [...html.matchAll(/<span class="count" data-figure="([^"]*)">([^<]*)<\/span>/g)].map((match) => ({
    query: JSON.parse(decode(match[1]!)) as FigureQuery,
    text: match[2]!,
  }));
}

function printedTotals(html: string): { network: { variant: Variant; input: string }; cells: string[] }[] {
  return [...html.matchAll(/data-network="([^"]*)"[\s\S]*?<tfoot>([\s\S]*?)<\/tfoot>/g)].map((match) => ({
    network: JSON.parse(decode(match[1]!)) as { variant: Variant; input: string },
    cells: [...match[2]!.matchAll(/<td>([^<]*)<\/td>/g)].map((cell) => cell[1]!),
  }));
}

describe('numbers on the documentation pages', () => {
  it.each(docs)("every figure printed on %s is the calculator's", (path) => {
    for (const { query, text } of printedFigures(htmlFor(path)!)) expect(text).toBe(figureText(query));
  });

  it.each(docs)("every total row on %s equals the calculator's totals", (path) => {
    for (const { network, cells } of printedTotals(htmlFor(path)!)) {
      const size = parseInputSize(network.input);
      if (!size.ok) throw new Error(size.error.message);
      const result = analyze(preset(network.variant), size.value);
      if (!result.ok) throw new Error(result.error.message);
      const { totals } = result.value;
      expect(cells.at(-1)).toBe(formatCount(totals.connections));
      expect(cells.at(-2)?.startsWith(formatCount(totals.trainable))).toBe(true);
    }
  });

  it("the pages quote the paper's own totals, 60,000 parameters and 340,908 connections", () => {
    const overview = printedFigures(htmlFor('/')!).map((figure) => figure.text);
    expect(overview).toEqual(expect.arrayContaining(['60,000', '340,908', '61,706']));
    expect(printedTotals(htmlFor('/')!).length).toBeGreaterThanOrEqual(2);
  });

  // MDX reads a line that starts with a component as a block of its own, which splits a sentence in two.
  it.each(docs)('no paragraph on %s starts with a computed figure or a citation', (path) => {
    expect(htmlFor(path)!).not.toMatch(/<p>\s*<span class="(count|cite)"/);
  });

  it.each(['/c1/', '/s2/', '/c3/', '/s4/', '/c5/', '/f6/', '/output/'])(
    '%s compares the paper and the modern layer and derives its counts in typeset math',
    (path) => {
      const html = htmlFor(path)!;
      expect(html).toMatch(/<th scope="row">Paper<\/th>[\s\S]*<th scope="row">Modern<\/th>/);
      expect(html).toContain('class="math-display"');
    },
  );
});
