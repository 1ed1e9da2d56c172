import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { htmlFor } from './support/dist.ts';
import { builtPages } from './support/pages.ts';
import { BASE_URL } from './support/server.ts';
import { settled } from './support/settled.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every violation the page reports, whether or not it reaches the console. */
async function openWatched(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} refused ${event.blockedURI}`,
      ),
    ),
  );
  await page.goto(BASE_URL + path, { waitUntil: 'load' });
  await settled(page);
  return { page, violations };
}

const policyOf = (path: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(htmlFor(path)!)?.[1];

describe('the Content Security Policy', () => {
  it.each(builtPages())('%s carries a policy that allows only its own origin', (path) => {
    const policy = policyOf(path);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).not.toMatch(/https?:|'unsafe-eval'|\*/);
    // The policy must come before the first script, or that script escapes it.
    const html = htmlFor(path)!;
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it("only the pages that compile WebAssembly get 'wasm-unsafe-eval'", () => {
    const wasmPages = builtPages().filter((path) => policyOf(path)!.includes("'wasm-unsafe-eval'"));
    expect(wasmPages).toEqual(['/playground/', '/search/']);
  });

  it.each(builtPages())('%s loads and runs its scripts without a violation', async (path) => {
    const { page, violations } = await openWatched(path);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('search runs Pagefind under the policy', async () => {
    const { page, violations } = await openWatched('/search/?q=subsampling');
    await page.locator('#search a[href="/s2/"]').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the playground loads tfjs, compiles wasm and predicts under the policy', async () => {
    const { page, violations } = await openWatched('/playground/?seed=1');
    // The network loads once the reader scrolls past the pad to the figures that need it.
    await page.locator('#inside-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#runtime-status')!.textContent.includes('ready'));
    expect(violations).toEqual([]);
    await page.close();
  });

  it('an injected inline script is refused', async () => {
    const { page, violations } = await openWatched('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
    });
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.close();
  });
});
