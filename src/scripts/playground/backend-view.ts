import { backendInWords, type BackendEvent } from './backend-in-words.ts';
import { isolationRoute } from './isolation-advice.ts';
import { required } from '../dom.ts';

/**
 * What the run trains on, and what each backend it measured managed; `stillShown` says the report is the latest.
 * With no run shown, the words the page opened with: a run that is gone trains on nothing.
 */
export function backendView(root: ParentNode) {
  const backend = required(root, '#train-backend');
  const measuredBackends = required(root, '#train-measured');
  const none = { backend: backend.textContent, measured: measuredBackends.textContent };
  const clear = () => {
    backend.textContent = none.backend;
    measuredBackends.textContent = none.measured;
  };
  const show = (event: BackendEvent, stillShown: () => boolean): void => {
    const measured = event.measurements
      .map((each) => `${each.backend} ${Math.round(each.samplesPerSecond).toLocaleString('en-US')} digits/s`)
      .join(', ');
    backend.textContent = backendInWords(event, self.crossOriginIsolated ? undefined : 'headers');
    // Whether a reload would help depends on the service worker, which the browser reports asynchronously.
    // The advice is for this page: a kept run shown again on an isolated page needs none.
    if (event.threadsIfIsolated && !self.crossOriginIsolated) {
      void isolationRoute().then((route) => {
        if (stillShown()) backend.textContent = backendInWords(event, route);
      });
    }
    measuredBackends.textContent = `${measured || event.backend}; ${event.detail}.`;
  };
  return { show, clear };
}
