import { createHash } from 'node:crypto';

/** Scripts written into the page itself: Astro inlines small bundles, and the theme script runs before paint. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

export interface PolicyOptions {
  /** Pages that compile WebAssembly (tfjs's wasm backend, Pagefind) need 'wasm-unsafe-eval'. */
  readonly wasm: boolean;
}

/** The code of each script written into the page rather than loaded from a file. */
export const inlineScripts = (html: string): string[] => [...html.matchAll(INLINE_SCRIPT)].map(([, code]) => code!);

/** The CSP source for each inline script, so that exactly these may run and no injected one can. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = inlineScripts(html).map(
    (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`,
  );
  return [...new Set(hashes)];
}

/** A policy that lets a page load only from its own origin. */
export function policyFor(html: string, { wasm }: PolicyOptions): string {
  const scripts = ["'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...inlineScriptHashes(html)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // KaTeX positions glyphs with style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // tfjs-wasm starts its threads from blob: workers.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element of <head>, before anything the policy governs. */
export function withPolicy(html: string, options: PolicyOptions): string {
  if (/http-equiv="content-security-policy"/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html, options)}">`;
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (!charset.test(html))
    throw new Error('A page without <meta charset="utf-8"> cannot take a policy before its scripts');
  return html.replace(charset, (tag) => tag + meta);
}
