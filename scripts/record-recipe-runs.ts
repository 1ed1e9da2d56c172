/**
 * Adds other runs of the paper's recipe to the metadata of the one shipped, so that
 * the results page lists them beside it; a run of an eta scale and seed already
 * listed replaces it:
 *   node scripts/record-recipe-runs.ts public/models/paper-sdlm RUN_DIR...
 * or records runs of the search for a reading that reaches the paper's 0.95%, each
 * by how it departs from the printed recipe (see src/lib/sdlm/departures.ts):
 *   node scripts/record-recipe-runs.ts --search RUN_DIR...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { SearchRun } from '../src/lib/sdlm/search-table.ts';
import { mergeRuns, mergeSearchRuns, searchRunOf, type OtherRun, type RunMetadata } from './support/recipe-runs.ts';

const SEARCH_RECORD = 'src/lib/sdlm/recipe-search.json';
const [target, ...others] = process.argv.slice(2);
if (!target || others.length === 0)
  throw new Error('Usage: record-recipe-runs.ts TARGET_DIR RUN_DIR... or record-recipe-runs.ts --search RUN_DIR...');
interface Metadata {
  settings: { etaScale: number; seed: number };
  testError: number | null;
  passes: { testError: number }[];
  diverged?: string;
  backend?: string;
  otherRuns?: OtherRun[];
}
const read = (directory: string) =>
  JSON.parse(readFileSync(join(directory, 'model.json'), 'utf8')) as { userDefinedMetadata: Metadata };

if (target === '--search') {
  const recorded = JSON.parse(readFileSync(SEARCH_RECORD, 'utf8')) as { runs: SearchRun[] };
  const added = others.map((directory) => searchRunOf(read(directory).userDefinedMetadata as unknown as RunMetadata));
  const json = JSON.stringify({ runs: mergeSearchRuns(recorded.runs, added) });
  // Written as the repository's formatter would, so that recording leaves `npm test`'s format check passing.
  writeFileSync(SEARCH_RECORD, await format(json, { parser: 'json', ...(await resolveConfig(SEARCH_RECORD)) }));
  console.info(`${SEARCH_RECORD}: ${added.length} runs recorded`);
  process.exit();
}
const shipped = read(target);
const added = others.map((directory) => {
  const { settings, testError, passes, diverged, backend } = read(directory).userDefinedMetadata;
  // The shipped run's own runner goes unnamed; another names where its arithmetic ran.
  const elsewhere = backend && backend !== shipped.userDefinedMetadata.backend ? { backend } : {};
  return {
    etaScale: settings.etaScale,
    seed: settings.seed,
    testError,
    ...(diverged ? { diverged } : { testErrors: passes.map((pass) => pass.testError) }),
    ...elsewhere,
  };
});
shipped.userDefinedMetadata.otherRuns = mergeRuns(shipped.userDefinedMetadata.otherRuns ?? [], added);
writeFileSync(join(target, 'model.json'), JSON.stringify(shipped));
console.info(`${target}: ${others.length} other runs recorded`);
