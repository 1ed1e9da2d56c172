/**
 * Screenshots of the built site, for the README and for looking at what a change did:
 *   npm run screenshot -- /explorer/?input=36 out.png [--width 1280] [--height 900] [--viewport-only] [--dark]
 *   npm run screenshot -- --all [--out screenshots]   every page at 390 and 1280 px, light and dark
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { builtPages } from '../e2e/support/pages.ts';
import { BASE_URL, startPreview } from '../e2e/support/server.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    dark: { type: 'boolean', default: false },
    'viewport-only': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    out: { type: 'string', default: 'screenshots' },
  },
});

interface Shot {
  readonly path: string;
  readonly out: string;
  readonly width: number;
  readonly height: number;
  readonly dark: boolean;
  readonly fullPage: boolean;
}

async function take(browser: Browser, shot: Shot): Promise<void> {
  const colorScheme = shot.dark ? 'dark' : 'light';
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme });
  await page.goto(BASE_URL + shot.path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: shot.out, fullPage: shot.fullPage });
  await page.close();
  console.info(`Wrote ${shot.out} (${shot.path} at ${shot.width}px, ${colorScheme})`);
}

/** Every page at a phone's and a desktop's width, in both themes: 390 and 1280 px, light and dark. */
function everyPage(folder: string): Shot[] {
  mkdirSync(folder, { recursive: true });
  const name = (path: string) => (path === '/' ? 'index' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-'));
  return builtPages().flatMap((path) =>
    [390, 1280].flatMap((width) =>
      [false, true].map((dark) => ({
        path,
        out: join(folder, `${name(path)}-${width}-${dark ? 'dark' : 'light'}.png`),
        width,
        height: width === 390 ? 844 : 900,
        dark,
        fullPage: true,
      })),
    ),
  );
}

const [path = '/', out = 'screenshot.png'] = positionals;
const shots: Shot[] = values.all
  ? everyPage(values.out)
  : [
      {
        path,
        out,
        width: Number(values.width),
        height: Number(values.height),
        dark: values.dark,
        fullPage: !values['viewport-only'],
      },
    ];

const stop = await startPreview();
const browser = await launchBrowser();
try {
  for (const shot of shots) await take(browser, shot);
} finally {
  await browser.close();
  await stop();
}
