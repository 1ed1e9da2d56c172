// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://lenet5.example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  server: { port: 4321 },
  devToolbar: { enabled: false },
});
