// @ts-check
import process from 'node:process';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { buildSettings } from './src/lib/site/build-settings.ts';

// SITE_BASE=/lenet5/ builds the site for a sub-path; SITE_URL and SITE_OUT say where it is served and written.
const { base, site, outDir } = buildSettings(process.env);

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/search/') }),
    // tfjs's wasm backend runs on the playground, Pagefind's index on search.
    contentSecurityPolicy(['/playground/', '/search/']),
  ],
  // Cross-origin isolation lets the training worker run wasm on several threads.
  server: {
    port: 4321,
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  },
  devToolbar: { enabled: false },
});
