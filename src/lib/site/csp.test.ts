import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, withPolicy } from './csp.ts';

const page = (head: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body></body></html>`;
// The CSP spec's example: alert('Hello, world.'); hashes to this value.
const HELLO = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

describe('inlineScriptHashes', () => {
  it.each([
    ['an inline classic script', "<script>alert('Hello, world.');</script>", [HELLO]],
    ['an inline module script', '<script type="module">alert(\'Hello, world.\');</script>', [HELLO]],
    [
      'the same script twice, once',
      "<script>alert('Hello, world.');</script><script>alert('Hello, world.');</script>",
      [HELLO],
    ],
    ['a script loaded from a file, not at all', '<script type="module" src="/_astro/page.js"></script>', []],
  ])('hashes %s', (_, head, expected) => {
    expect(inlineScriptHashes(page(head))).toEqual(expected);
  });

  it('hashes the exact text between the tags, whitespace included', () => {
    const code = '\n  const a = 1;\n';
    const expected = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(inlineScriptHashes(page(`<script>${code}</script>`))).toEqual([expected]);
  });
});

describe('policyFor', () => {
  it.each([
    [{ wasm: false }, false],
    [{ wasm: true }, true],
  ])("policyFor(page, %o) grants 'wasm-unsafe-eval': %s", (options, granted) => {
    expect(policyFor(page(''), options).includes("'wasm-unsafe-eval'")).toBe(granted);
  });

  it('names no other origin and never allows eval', () => {
    const policy = policyFor(page("<script>alert('Hello, world.');</script>"), { wasm: true });
    expect(policy).not.toMatch(/https?:|'unsafe-eval'|\*/);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${HELLO};`);
  });
});

describe('withPolicy', () => {
  it('puts the policy straight after the charset, before the first script', () => {
    const html = withPolicy(page('<script>1</script>'), { wasm: false });
    expect(html).toMatch(/<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+"><script>/);
  });

  it('leaves a page that already has a policy as it is', () => {
    const once = withPolicy(page(''), { wasm: false });
    expect(withPolicy(once, { wasm: true })).toBe(once);
  });

  it('refuses a page without a charset, where it could not go first', () => {
    expect(() => withPolicy('<html><head><script>1</script></head></html>', { wasm: false })).toThrow(/charset/);
  });
});
