import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, never a downloaded one; CHROME_PATH points elsewhere when needed. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

// Without the networking flags Chromium tries to reach Google's hosts, which this machine refuses.
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Chromium with the site's service worker blocked unless a context asks for it: a
 * worker would serve requests that page.route() never sees, and its install would
 * download the whole site in every test's fresh context.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_FLAGS });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}
