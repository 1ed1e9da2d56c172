/**
 * Adds other runs of the paper's recipe to the metadata of the one shipped, so that
 * the results page lists them beside it; a run of an eta scale and seed already
 * listed replaces it:
 *   node scripts/record-recipe-runs.ts public/models/paper-sdlm RUN_DIR...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeRuns, type OtherRun } from './support/recipe-runs.ts';

const [target, ...others] = process.argv.slice(2);
if (!target || others.length === 0) throw new Error('Usage: record-recipe-runs.ts TARGET_DIR RUN_DIR...');
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
