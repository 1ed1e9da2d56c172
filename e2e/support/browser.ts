import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, never a downloaded one; CHROME_PATH points elsewhere when needed. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

// Without the networking flags Chromium tries to reach Google's hosts, which this machine refuses.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: FLAGS });
}
