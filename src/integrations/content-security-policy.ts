import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPolicy } from '../lib/site/csp.ts';

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

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
        for (const file of htmlFiles(root)) {
          const path =
            '/' +
            relative(root, file)
              .split(sep)
              .join('/')
              .replace(/index\.html$/, '');
          const html = readFileSync(file, 'utf8');
          writeFileSync(file, withPolicy(html, { wasm: wasmPages.includes(path) }));
        }
      },
    },
  };
}
