import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const MARK = '(new release)';

/** Publishes a second release into a copy of the built site: its home page's title marked, its service worker rewritten. */
export function publishSecondRelease(folder: string, base = '/'): void {
  const home = join(folder, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', ` ${MARK}</h1>`));
  execFileSync(
    process.execPath,
    [join(import.meta.dirname, '..', '..', 'scripts', 'write-service-worker.ts'), '--dist', folder],
    {
      env: { ...process.env, SITE_BASE: base },
    },
  );
}

const releases = (names: string[]) => names.filter((name) => /^lenet5-[0-9a-f]+$/.test(name));

/**
 * Opens `home`, lets the service worker find the second release, and accepts the
 * update notice. The page must show the first release until then and the second
 * after; resolves with the cache names before and after.
 */
export async function acceptSecondRelease(page: Page, home: string) {
  await page.goto(home);
  const before = await page.evaluate(() => caches.keys());
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await page.locator('#site-update').waitFor({ state: 'visible' });
  const shownBefore = await page.locator('h1').textContent();
  await Promise.all([page.waitForEvent('load'), page.click('#site-update button')]);
  const shownAfter = await page.locator('h1').textContent();
  const after = await page.evaluate(() => caches.keys());
  return {
    showsNewRelease: { before: shownBefore?.includes(MARK), after: shownAfter?.includes(MARK) },
    releases: { before: releases(before), after: releases(after) },
    caches: { before, after },
  };
}
