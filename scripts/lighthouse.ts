/**
 * Lighthouse on every built page, with its mobile settings, against the site served on
 * localhost by `astro preview`:
 *   npm run lighthouse [-- --runs 3 --out lighthouse-report.json] [--page /explorer/ ...]
 * Each page is measured `runs` times and each category's median kept, because the
 * timings on a small shared machine vary. Prints a table, writes the JSON report and
 * exits with 1 when a score is below its threshold.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH, CHROME_FLAGS } from '../e2e/support/browser.ts';
import { builtPages } from '../e2e/support/pages.ts';
import { BASE_URL, startPreview } from '../e2e/support/server.ts';
import { CATEGORIES, failuresOf, medianScores, thresholdsFor, type Scores } from './support/lighthouse-scores.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'lighthouse-report.json' },
    // Only these pages, to look into one; every built page by default.
    page: { type: 'string', multiple: true },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);

const stop = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: ['--headless=new', ...CHROME_FLAGS],
});
const pages: { path: string; scores: Scores; runs: Scores[]; failures: string[] }[] = [];
console.info(`${'page'.padEnd(20)}${CATEGORIES.map((id) => id.padStart(16)).join('')}`);
try {
  for (const path of values.page ?? builtPages()) {
    const measured: Scores[] = [];
    const lowAudits = new Set<string>();
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(BASE_URL + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const report = result!.lhr;
      measured.push(
        Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(report.categories[id]!.score! * 100)])) as Scores,
      );
      // Why a score is short of 100, so that a failure says what to fix.
      for (const id of CATEGORIES) {
        for (const { id: auditId, weight } of report.categories[id]!.auditRefs) {
          const audit = report.audits[auditId]!;
          if (weight > 0 && audit.score !== null && audit.score < 1)
            lowAudits.add(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
    const scores = medianScores(measured);
    const failures = failuresOf(scores, thresholdsFor(path));
    pages.push({ path, scores, runs: measured, failures: failures.length > 0 ? [...failures, ...lowAudits] : [] });
    if (values.page) console.info([...lowAudits].join('\n'));
    console.info(
      `${path.padEnd(20)}${CATEGORIES.map((id) => String(scores[id]).padStart(16)).join('')}${failures.length > 0 ? '  BELOW THRESHOLD' : ''}`,
    );
  }
} finally {
  chrome.kill();
  await stop();
}

for (const { path, failures } of pages.filter((page) => page.failures.length > 0)) {
  console.info(`\n${path}:\n  ${failures.join('\n  ')}`);
}
writeFileSync(
  values.out,
  JSON.stringify({ runsPerPage: runs, settings: 'lighthouse mobile (default)', pages }, null, 2),
);
console.info(`\nmedians of ${runs} run(s) per page; report written to ${values.out}`);
process.exitCode = pages.some((page) => page.failures.length > 0) ? 1 : 0;
