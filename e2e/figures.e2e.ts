import { describe, expect, it } from 'vitest';
import { decode, htmlFor } from './support/dist.ts';
import { builtPages } from './support/pages.ts';

const docs = builtPages().filter((path) => !['/explorer/', '/search/'].includes(path));

interface PrintedFigure {
  readonly variant?: string;
  readonly input?: string;
  readonly layer?: string;
  readonly field: string;
}

/**
 * Every figure the guide prints, worked out by hand from the paper rather than by the
 * calculator: Section II-B gives C1's 156 parameters and 122,304 connections, S2's 12
 * and 5,880, C3's 1,516 and 151,600, C5's 48,120 connections, F6's 10,164 parameters,
 * and the totals, 60,000 and 340,908. The modern figures follow by hand: a full C3 has
 * 6 x 16 x 25 + 16 = 2,416 parameters, a softmax output 84 x 10 + 10 = 850, and at 36x36
 * C5 is 120x2x2, so a flattening F6 has 480 x 84 + 84 = 40,404 instead of 10,164.
 */
const HAND_WORKED: Record<string, string> = {
  'paper 32 C1 maps': '6',
  'paper 32 C1 shape': '6x28x28',
  'paper 32 C1 side': '28x28',
  'paper 32 C3 maps': '16',
  'paper 32 C3 shape': '16x10x10',
  'paper 32 C3 trainable': '1,516',
  'paper 32 C3 connections': '151,600',
  'paper 32 C5 maps': '120',
  'paper 32 C5 shape': '120x1x1',
  'paper 32 C5 trainable': '48,120',
  'paper 32 S2 side': '14x14',
  'paper 32 S2 shape': '6x14x14',
  'paper 32 S2 trainable': '12',
  'paper 32 S2 connections': '5,880',
  'paper 32 S4 maps': '16',
  'paper 32 S4 side': '5x5',
  'paper 32 S4 shape': '16x5x5',
  'paper 32 S4 trainable': '32',
  'paper 32 F6 maps': '84',
  'paper 32 Input side': '32x32',
  // Receptive fields: C1 5, S2 6, C3 6 + 4 x 2 = 14, S4 16, C5 16 + 4 x 4 = 32.
  'paper 32 C3 receptive': '14x14',
  'paper 32 C5 receptive': '32x32',
  'paper 32 Output fixed': '840',
  'paper 32 total trainable': '60,000',
  'paper 32 total connections': '340,908',
  'paper 32 total fixed': '840',
  // One multiply-add per use of a weight: C1 28x28x6x25 = 117,600, S2's coefficient once per unit 14x14x6 = 1,176,
  // C3 10x10x60x25 = 150,000, S4 5x5x16 = 400, C5 120x400 = 48,000, F6 84x120 = 10,080, the RBF output 10x84 = 840.
  'paper 32 total macs': '328,096',
  'paper 36 S4 side': '6x6',
  'paper 36 C5 shape': '120x2x2',
  'paper 36 C5 trainable': '48,120',
  'paper 36 C5 connections': '192,480',
  'paper 36 total trainable': '60,000',
  'modern 32 C3 trainable': '2,416',
  'modern 32 C3 connections': '241,600',
  'modern 32 S2 trainable': '0',
  'modern 32 S4 trainable': '0',
  'modern 32 Output trainable': '850',
  'modern 32 total trainable': '61,706',
  'modern 32 total fixed': '0',
  // 122,304 + 6x14x14x4 + 241,600 + 16x5x5x4 + 48,120 + 10,164 + 850: average pools have no bias edge.
  'modern 32 total connections': '429,342',
  'modern 36 total trainable': '91,946',
};

/** The totals rows of the two presets' tables at 32x32, by hand as above. */
const HAND_TOTALS: Record<string, { Parameters: string; Connections: string }> = {
  'paper 32': { Parameters: '60,000 (+840 fixed)', Connections: '340,908' },
  'modern 32': { Parameters: '61,706', Connections: '429,342' },
  // The tutorials' LeNet: C1 padded by 2 keeps 28x28 outputs, so every count is the modern port's.
  'lenet5-tutorial 28': { Parameters: '61,706', Connections: '429,342' },
  // LeNet-1: the NIPS 1989 paper's own "98442 connections, and 2578 independent parameters".
  'lenet1 28': { Parameters: '2,578', Connections: '98,442' },
};

const keyOf = ({ variant = 'paper', input = '32', layer = 'total', field }: PrintedFigure) =>
  `${variant} ${input} ${layer} ${field}`;

function printedFigures(html: string): { key: string; text: string }[] {
  return [...html.matchAll(/<span class="count" data-figure="([^"]*)">([^<]*)<\/span>/g)].map((match) => ({
    key: keyOf(JSON.parse(decode(match[1]!)) as PrintedFigure),
    text: match[2]!,
  }));
}

/** Each table with a data-network: its network, its column headings and its total row. */
function printedTotals(html: string) {
  return [
    ...html.matchAll(
      /data-network="([^"]*)"[\s\S]*?<thead[^>]*>([\s\S]*?)<\/thead>[\s\S]*?<tfoot[^>]*>([\s\S]*?)<\/tfoot>/g,
    ),
  ].map((match) => {
    const network = JSON.parse(decode(match[1]!)) as { variant: string; input: string };
    const headings = [...match[2]!.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((cell) => cell[1]!);
    const cells = [...match[3]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      cell[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    return {
      key: `${network.variant} ${network.input}`,
      row: Object.fromEntries(headings.map((h, i) => [h, cells[i]])),
    };
  });
}

describe('numbers on the documentation pages', () => {
  it.each(docs)('every figure printed on %s is the hand-worked one', (path) => {
    for (const { key, text } of printedFigures(htmlFor(path)!)) {
      expect(HAND_WORKED, `a page prints "${key}"; work it out by hand and add it`).toHaveProperty([key]);
      expect([key, text]).toEqual([key, HAND_WORKED[key]]);
    }
  });

  it('the guide prints figures at all, on every layer page', () => {
    const counts = docs.map((path) => printedFigures(htmlFor(path)!).length);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(30);
    for (const path of ['/c1/', '/s2/', '/c3/', '/s4/', '/c5/', '/f6/', '/output/'])
      expect(printedFigures(htmlFor(path)!).length, path).toBeGreaterThan(0);
  });

  it.each(docs)('every total row on %s has the hand-worked parameters and connections', (path) => {
    for (const { key, row } of printedTotals(htmlFor(path)!)) {
      expect(HAND_TOTALS, `a table totals "${key}"`).toHaveProperty([key]);
      expect(row['Parameters']).toBe(HAND_TOTALS[key]!.Parameters);
      expect(row['Connections']).toBe(HAND_TOTALS[key]!.Connections);
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
      // Where the two layers agree (C1) the table has one row for both, so that the page does not say it twice.
      expect(html).toMatch(
        /<th scope="row">Paper<\/th>[\s\S]*<th scope="row">Modern<\/th>|<th scope="row">Paper and modern<\/th>/,
      );
      expect(html).toContain('class="math-display"');
    },
  );
});
