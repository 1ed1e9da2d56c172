import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/dist.ts';
import { builtPages } from './support/pages.ts';
import { FIGURE_BUDGET_KB, pageWeight, weightTable } from './support/weights.ts';

const weights = builtPages().map(pageWeight);
console.info(`JavaScript each page loads before the reader does anything:\n${weightTable(weights)}`);

describe('page weight budgets on the built site', () => {
  it.each(weights)(
    '$path loads $kilobytes KB of JavaScript gzipped, within its $budget KB',
    ({ kilobytes, budget }) => {
      expect(kilobytes).toBeGreaterThan(0);
      expect(kilobytes).toBeLessThanOrEqual(budget);
    },
  );

  const withFigures = weights.filter((page) => page.withFigure !== undefined);
  it('every layer page and the family page has a "see it compute" figure', () => {
    expect(withFigures.map((page) => page.path).sort()).toEqual(
      ['/c1/', '/c3/', '/c5/', '/f6/', '/input/', '/lenet-family/', '/output/', '/s2/', '/s4/'].sort(),
    );
  });

  it.each(withFigures)(
    `$path loads $withFigure KB of JavaScript gzipped once its figure has started, within ${FIGURE_BUDGET_KB} KB`,
    ({ withFigure, kilobytes }) => {
      expect(withFigure).toBeGreaterThan(kilobytes);
      expect(withFigure).toBeLessThanOrEqual(FIGURE_BUDGET_KB);
    },
  );

  it.each(readdirSync(join(DIST, 'data', 'guide-weights')))(
    'the guide weights data/guide-weights/%s are at most 130 KB',
    (file) => {
      const bytes = readFileSync(join(DIST, 'data', 'guide-weights', file)).length;
      expect(bytes).toBeGreaterThan(1000);
      expect(bytes).toBeLessThanOrEqual(130 * 1024);
    },
  );

  it.each(weights)('$path loads no tfjs at first', ({ tfjs }) => {
    expect(tfjs).toBe(false);
  });

  it('the tfjs detector does find tfjs, in the chunk the playground loads on demand', () => {
    const chunks = readdirSync(join(DIST, '_astro')).filter((name) => name.startsWith('model-runtime.'));
    expect(chunks).toHaveLength(1);
    expect(readFileSync(join(DIST, '_astro', chunks[0]!), 'utf8')).toContain('tfjsflags');
  });

  it('a documentation page without a figure ships no D3', () => {
    const overview = weights.find((page) => page.path === '/')!;
    expect(overview.d3).toBe(false);
    expect(weights.find((page) => page.path === '/explorer/')!.d3).toBe(true);
  });
});
