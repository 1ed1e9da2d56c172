/**
 * Screenshots of the built site, for the README and for looking at what a change did:
 *   npm run screenshot -- /explorer/?input=36 out.png [--width 1280] [--height 900] [--viewport-only] [--dark]
 */
import { parseArgs } from 'node:util';
import { launchBrowser } from '../e2e/support/browser.ts';
import { BASE_URL, startPreview } from '../e2e/support/server.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    dark: { type: 'boolean', default: false },
    'viewport-only': { type: 'boolean', default: false },
  },
});
const [path = '/', out = 'screenshot.png'] = positionals;
const width = Number(values.width);
const height = Number(values.height);

const stop = await startPreview();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: values.dark ? 'dark' : 'light' });
  await page.goto(BASE_URL + path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: !values['viewport-only'] });
  console.info(`Wrote ${out} (${path} at ${width}px)`);
} finally {
  await browser.close();
  await stop();
}
