import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder, urlOf } from '../lib/site/built-files.ts';
import { withPolicy } from '../lib/site/csp.ts';

/**
 * Writes a Content-Security-Policy meta tag into every built page. Static hosts
 * cannot be relied on to send the header, and only the built HTML knows which
 * scripts Astro inlined.
 * @param wasmPages site paths ('/playground/') whose scripts compile WebAssembly
 */
export function contentSecurityPolicy(wasmPages: readonly string[]): AstroIntegration {
  return {
    name: 'lenet5:content-security-policy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of filesUnder(root).filter((name) => name.endsWith('.html'))) {
          const html = readFileSync(join(root, file), 'utf8');
          writeFileSync(join(root, file), withPolicy(html, { wasm: wasmPages.includes(urlOf(file)) }));
        }
      },
    },
  };
}
