/**
 * `npm audit` of what the site ships (dev tools left out): fails on a high or critical
 * advisory.
 *   npm run audit [-- --require-answer]
 * Where the registry's advisory service does not answer (this project's machines reach
 * the registry through a mirror that refuses it), the audit cannot run: that is said
 * plainly and exits 0, or 1 with --require-answer.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { auditVerdict } from './support/audit-report.ts';

const { values } = parseArgs({ options: { 'require-answer': { type: 'boolean', default: false } } });
const npm = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', cwd: `${import.meta.dirname}/..` });
const verdict = auditVerdict(npm.stdout);

if (verdict.kind === 'unanswered') {
  console.warn(`npm audit could not run: ${verdict.reason}. No advisory was checked.`);
  process.exitCode = values['require-answer'] ? 1 : 0;
} else {
  console.info(
    `npm audit --omit=dev: ${Object.entries(verdict.counts)
      .map(([severity, count]) => `${count} ${severity}`)
      .join(', ')}`,
  );
  if (verdict.kind === 'advisories') console.error(`High or critical advisories: ${verdict.packages.join(', ')}`);
  process.exitCode = verdict.kind === 'advisories' ? 1 : 0;
}
