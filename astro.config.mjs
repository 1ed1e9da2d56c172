// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';

export default defineConfig({
  site: 'https://lenet5.example.org',
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
