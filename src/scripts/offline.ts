import { withBase } from '../utils/base-path.ts';

/**
 * Registers the service worker that keeps the site for offline reading, and offers
 * a new release when one is waiting, instead of swapping it under an open page.
 */
export function startOffline(banner: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const offer = (waiting: ServiceWorker) => {
    banner.hidden = false;
    banner.querySelector('button')!.addEventListener('click', () => waiting.postMessage({ type: 'skip-waiting' }), {
      once: true,
    });
  };
  // A page under the old worker reloads once the new one takes over, so it never mixes two releases.
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker
    // The worker's scope is the site's base, so that a site under /lenet5/ never answers for its neighbours.
    .register(withBase('/sw.js'), { scope: withBase('/') })
    .then((registration: ServiceWorkerRegistration | undefined) => {
      // Where service workers are blocked (some test browsers, some policies) the promise can bring nothing.
      if (!registration) return;
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing!;
        installing.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
        });
      });
    })
    .catch((error: unknown) => {
      // Offline reading is an extra: the page works without it.
      console.warn('The offline copy of this site could not be set up:', error);
    });
}
