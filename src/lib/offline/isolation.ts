/**
 * Cross-origin isolation without the host's help. The lane engine's two threads
 * share one wasm memory, which a browser allows only on a cross-origin isolated
 * page, and isolation takes two response headers that many static hosts (GitHub
 * Pages, Python's server) cannot send. The site's service worker serves the pages
 * and scripts it stores, so it adds them itself: from the page load it controls on.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** `response` with the isolation headers it lacks; one that has both, or cannot be rebuilt, is returned as it is. */
export function withIsolation(response: Response): Response {
  const missing = Object.entries(ISOLATION_HEADERS).filter(([name]) => !response.headers.has(name));
  // An opaque or redirect response's body and status cannot be copied into a new one.
  if (missing.length === 0 || response.status === 0 || response.type === 'opaqueredirect') return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of missing) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
