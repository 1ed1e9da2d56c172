import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScripts } from '../../src/lib/site/csp.ts';
import { DIST, attributeValues, htmlFor } from './dist.ts';

/** Gzipped kilobytes of JavaScript each kind of page may load before the reader does anything. */
export const BUDGET_KB: Record<string, number> = { docs: 30, '/explorer/': 60, '/playground/': 100 };
export const budgetFor = (path: string): number => BUDGET_KB[path] ?? BUDGET_KB['docs']!;
/**
 * A guide page once its "see it compute" figure has started: 30 KB until the tables
 * per kind and activation, which make a new kind a compile error, added 0.3 KB.
 */
export const FIGURE_BUDGET_KB = 31;

export interface PageWeight {
  path: string;
  /** Gzipped, as a server would send it. */
  kilobytes: number;
  budget: number;
  d3: boolean;
  tfjs: boolean;
  /** For a page with a "see it compute" figure: what it has loaded once the figure has started, gzipped. */
  withFigure?: number;
}

/** The chunks a built script names for its dynamic imports (Vite's preload list), with their static imports. */
function onDemand(files: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const list of code.matchAll(/m\.f=\[([^\]]*)\]/g))
      for (const name of list[1]!.matchAll(/"([^"]+\.js)"/g)) withStaticImports(`/${name[1]!}`, found);
  }
  return [...found];
}

const gzipped = (sources: readonly Buffer[]) => sources.reduce((sum, source) => sum + gzipSync(source).length, 0);
const kilobytesOf = (bytes: number) => Math.round(bytes / 10.24) / 100;

/** A built script and every chunk it imports statically: what loads before any dynamic import(). */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)) {
    withStaticImports(join(file, '..', match[1]!), seen);
  }
  return seen;
}

/** The JavaScript a built page loads at first: its script files, their static imports, and its inline scripts. */
export function pageWeight(path: string): PageWeight {
  const html = htmlFor(path)!;
  const entries = attributeValues(html, 'src').filter((src) => src.endsWith('.js') && src.startsWith('/'));
  const files = [...new Set(entries.flatMap((entry) => [...withStaticImports(entry)]))];
  const inline = inlineScripts(html);
  const sources = [...files.map((file) => readFileSync(join(DIST, file))), ...inline.map((code) => Buffer.from(code))];
  const gzip = gzipped(sources);
  const code = sources.map((source) => source.toString('utf8'));
  const figure = html.includes('data-compute')
    ? gzip +
      gzipped(
        onDemand(files)
          .filter((file) => !files.includes(file))
          .map((file) => readFileSync(join(DIST, file))),
      )
    : undefined;
  return {
    path,
    kilobytes: kilobytesOf(gzip),
    ...(figure === undefined ? {} : { withFigure: kilobytesOf(figure) }),
    budget: budgetFor(path),
    // d3-selection keeps bound data on __data__; tfjs-core reads its flags from ?tfjsflags.
    d3: code.some((source) => source.includes('__data__')),
    tfjs: code.some((source) => source.includes('tfjsflags')),
  };
}

/** The table both the budget test and `npm run budgets` print. */
export function weightTable(weights: readonly PageWeight[]): string {
  const rows = weights.map(
    (page) =>
      `${page.path.padEnd(21)}${page.kilobytes.toFixed(2).padStart(12)}${(page.withFigure?.toFixed(2) ?? '–').padStart(16)}${String(page.budget).padStart(9)}   ${page.d3 ? 'yes' : 'no '}       ${page.tfjs ? 'yes' : 'no '}${page.kilobytes > page.budget || (page.withFigure ?? 0) > FIGURE_BUDGET_KB ? '  OVER BUDGET' : ''}`,
  );
  return ['page                 JS (KB gzip)   with figure   budget   ships D3  ships tfjs', ...rows].join('\n');
}
