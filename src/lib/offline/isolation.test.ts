import { describe, expect, it } from 'vitest';
import { ISOLATION_HEADERS, withIsolation } from './isolation.ts';

const COOP = 'Cross-Origin-Opener-Policy';
const COEP = 'Cross-Origin-Embedder-Policy';

describe('withIsolation', () => {
  it.each([
    ['no headers', {}],
    ['COOP only', { [COOP]: 'same-origin' }],
    ['COEP only', { [COEP]: 'require-corp' }],
  ])('adds what a response with %s lacks, and keeps its body, status and other headers', async (_, given) => {
    const response = withIsolation(
      new Response('<h1>C1</h1>', {
        status: 200,
        statusText: 'OK',
        headers: { 'Content-Type': 'text/html', ...given },
      }),
    );
    expect(response.headers.get(COOP)).toBe(ISOLATION_HEADERS[COOP]);
    expect(response.headers.get(COEP)).toBe(ISOLATION_HEADERS[COEP]);
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('OK');
    expect(await response.text()).toBe('<h1>C1</h1>');
  });

  it("keeps a host's own values rather than overriding them", () => {
    const response = withIsolation(new Response('', { headers: { [COOP]: 'same-origin-allow-popups' } }));
    expect(response.headers.get(COOP)).toBe('same-origin-allow-popups');
    expect(response.headers.get(COEP)).toBe('require-corp');
  });

  it('returns a response that has both as it is', () => {
    const response = new Response('', { headers: { [COOP]: 'same-origin', [COEP]: 'credentialless' } });
    expect(withIsolation(response)).toBe(response);
  });

  it('keeps an error status, so that a missing file still reads as missing', () => {
    const response = withIsolation(new Response('not found', { status: 404, statusText: 'Not Found' }));
    expect(response.status).toBe(404);
    expect(response.headers.get(COEP)).toBe('require-corp');
  });

  it('returns a network error as it is', () => {
    const error = Response.error();
    expect(withIsolation(error)).toBe(error);
  });
});
