/**
 * The site's service worker, bundled by scripts/write-service-worker.ts with the
 * release's file list. A release is stored whole at install and served from the
 * cache, so pages never mix two releases; the MNIST files are stored the first
 * time a page fetches them. A new release waits until the reader accepts it.
 * What it serves carries the isolation headers (./isolation.ts), so that a host
 * that sends none still gets a cross-origin isolated page from the next load on.
 */
import { withIsolation } from './isolation.ts';

// The DOM library is in scope for the rest of the project, so the few worker types used here are spelled out.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly location: Location;
}

declare const RELEASE: { version: string; dataVersion: string; precache: string[]; onDemandPrefix: string };

const scope = self as unknown as ServiceWorkerScope;
const PRECACHE = `lenet5-${RELEASE.version}`;
const DATA_CACHE = `lenet5-data-${RELEASE.dataVersion}`;
const STORED = new Set(RELEASE.precache);
const NOT_FOUND = RELEASE.precache.find((path) => path.endsWith('/404.html'));

scope.addEventListener('install', (event) => {
  event.waitUntil(caches.open(PRECACHE).then((cache) => cache.addAll(RELEASE.precache)));
});

scope.addEventListener('activate', (event) => {
  const current = new Set([PRECACHE, DATA_CACHE]);
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith('lenet5-') && !current.has(name)).map((name) => caches.delete(name)),
        ),
      ),
  );
});

scope.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void scope.skipWaiting();
});

async function fromDataCache(request: Request): Promise<Response> {
  const cache = await caches.open(DATA_CACHE);
  const stored = await cache.match(request);
  if (stored) return stored;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function fromRelease(request: Request, path: string): Promise<Response> {
  const stored = await caches.open(PRECACHE).then((cache) => cache.match(path));
  return stored ?? fetch(request);
}

/** The site's own "Page not found", from the release, with the status a missing page has. */
async function notFoundPage(): Promise<Response | undefined> {
  const page = NOT_FOUND && (await caches.open(PRECACHE).then((cache) => cache.match(NOT_FOUND)));
  return page ? new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers }) : undefined;
}

/**
 * A page the release does not hold: the host's answer, unless it is a 404 (a plain
 * server's is a bare line of text) or the host cannot be reached (every page of
 * the release is stored, so one that is not does not exist): then the site's own.
 */
async function pageOrNotFound(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    return response.status === 404 ? ((await notFoundPage()) ?? response) : response;
  } catch (error) {
    const page = await notFoundPage();
    if (page) return page;
    throw error;
  }
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
  if (url.pathname.startsWith(RELEASE.onDemandPrefix)) {
    event.respondWith(fromDataCache(request).then(withIsolation));
  } else if (STORED.has(url.pathname)) {
    event.respondWith(fromRelease(request, url.pathname).then(withIsolation));
  } else if (request.mode === 'navigate') {
    event.respondWith(pageOrNotFound(request).then(withIsolation));
  }
});
