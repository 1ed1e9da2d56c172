/**
 * How a reader whose page is not cross-origin isolated gets the faster run:
 * 'reload' where the site's service worker is installed (it serves the next load
 * with COOP and COEP), 'headers' where none runs (service workers blocked, a
 * private window, a file: address).
 */
export type IsolationRoute = 'reload' | 'headers';

export function isolationAdvice(threads: number, route: IsolationRoute): string {
  const faster = `it trains on ${threads} threads, faster`;
  return route === 'reload'
    ? `. This page is not cross-origin isolated yet. Reload it: the site's service worker then serves it isolated, and ${faster}.`
    : `. This page is not cross-origin isolated, and no service worker of the site's runs here to make it so (a private window, a file: address or a browser setting); served with COOP and COEP headers ${faster}.`;
}

/** 'reload' once the site has a service worker registered for this page, whatever its state. */
export async function isolationRoute(): Promise<IsolationRoute> {
  if (!('serviceWorker' in navigator)) return 'headers';
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  return registration ? 'reload' : 'headers';
}
