import type { Page } from 'playwright-core';

/**
 * Waits until the page has drawn everything its first render draws: the explorer
 * draws its lower figures one task at a time after the first paint, and says
 * when it is done. At any base: the sub-path build's explorer is /lenet5/explorer/.
 */
export async function settled(page: Page): Promise<void> {
  if (new URL(page.url()).pathname.endsWith('/explorer/'))
    await page.waitForSelector('html[data-explorer="ready"]', { state: 'attached' });
}
