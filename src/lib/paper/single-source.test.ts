import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAPER_TRAINING } from './training.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SOURCES = ['src', 'scripts', 'assembly', 'content', 'oracle', 'bench'];

/**
 * PyTorch oracles written from the paper alone: an outside check must not read the site's
 * constants, or a wrong one would pass it.
 */
const INDEPENDENT = /^oracle\/.*_oracle\.py$/;

/** Every file that is not a test or an independent oracle: the code and pages a reader's numbers come from. */
function sourceFiles(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.(ts|mts|astro|mdx|py)$/.test(entry.name) &&
        !/\.test\.ts$|test-support|\.oracle\.ts$/.test(entry.name)
      )
        if (!INDEPENDENT.test(relative(ROOT, path))) found.push(relative(ROOT, path));
    }
  };
  for (const folder of SOURCES) walk(join(ROOT, folder));
  return found;
}

const files = sourceFiles().map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));

describe("each of the paper's numbers is written in one place", () => {
  it('A = 1.7159 and S = 2/3 of the scaled tanh only in src/lib/lenet/activation.ts', () => {
    const copies = files.filter(
      ({ path, text }) => path !== 'src/lib/lenet/activation.ts' && /1\.7159|\b2(\.0)? ?\/ ?3(\.0)?\b/.test(text),
    );
    expect(copies.map(({ path }) => path)).toEqual([]);
  });

  it("the schedule's rates only in src/lib/paper/training.ts", () => {
    const rates = PAPER_TRAINING.schedule.map(
      ({ rate }) => new RegExp(`(^|[^0-9.])${String(rate).replace('.', '\\.')}(?![0-9])`),
    );
    // One rate alone may be a bound (the playground's smallest learning rate); three or more is the schedule again.
    const copies = files.filter(
      ({ path, text }) => path !== 'src/lib/paper/training.ts' && rates.filter((rate) => rate.test(text)).length >= 3,
    );
    expect(copies.map(({ path }) => path)).toEqual([]);
  });
});
