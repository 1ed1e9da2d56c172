/**
 * Fails the build where a built page links outside the sub-path the site is
 * built for (SITE_BASE): such a link works at a domain's root and breaks under
 * /lenet5/. Runs last in `npm run build`, over the folder the build wrote (SITE_OUT).
 *   node scripts/check-base-links.ts
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSettings } from '../src/lib/site/build-settings.ts';
import { filesUnder } from '../src/lib/site/built-files.ts';
import { escapingLinks, pageUrlOf } from '../src/lib/site/escaping-links.ts';

const { base, site, outDir } = buildSettings(process.env);
const root = resolve(import.meta.dirname, '..', outDir);
const pages = filesUnder(root).filter((file) => file.endsWith('.html'));

const problems = pages.flatMap((file) =>
  escapingLinks(readFileSync(join(root, file), 'utf8'), pageUrlOf(file, base, site), base).map(
    ({ attribute, value }) => `  ${file}: ${attribute}="${value}"`,
  ),
);
if (problems.length > 0) {
  console.error(
    `${problems.length} address(es) in ${outDir}/ point outside the base ${base}, where the published site does not live:\n` +
      `${problems.join('\n')}\nWrite them with withBase() from src/utils/base-path.ts.`,
  );
  process.exit(1);
}
console.info(`${pages.length} pages: every link stays under ${base}`);
