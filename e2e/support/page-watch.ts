import type { Page } from 'playwright-core';
import { BASE_URL } from './server.ts';

export interface PageWatch {
  /** Console errors and uncaught exceptions since the page was opened. */
  readonly errors: string[];
  /** Requests to any origin other than the site's own. */
  readonly foreignRequests: string[];
}

/** Records what a reader should never see: errors, and requests that leave the site. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [] };
  const origin = new URL(BASE_URL).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) watch.foreignRequests.push(request.url());
  });
  return watch;
}
