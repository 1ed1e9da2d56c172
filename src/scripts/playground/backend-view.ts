import type { FromWorker } from '../../lib/model/worker/protocol.ts';
import { isolationAdvice, isolationRoute, type IsolationRoute } from './isolation-advice.ts';
import { required } from '../dom.ts';

type BackendEvent = Extract<FromWorker, { type: 'backend' }>;

const DEVICES: Record<string, string> = {
  lanes: 'your CPU with WebAssembly SIMD, four digits at a time',
  wasm: 'your CPU with WebAssembly',
  webgl: 'your GPU with WebGL',
  cpu: 'your CPU in plain JavaScript',
  sdlm: "your CPU with WebAssembly, in double precision, by the paper's recipe",
};

/**
 * "Training on your CPU with WebAssembly, 2 threads: about 2,700 digits/s", from the
 * worker's report; where the page's lack of isolation holds the run to fewer threads,
 * why, and how the reader gets them.
 */
function backendInWords(event: BackendEvent, route: IsolationRoute | undefined): string {
  const device = DEVICES[event.backend] ?? event.backend;
  const threads = /^(\d+) thread/.exec(event.detail)?.[1];
  const threadText = threads ? `, ${threads} ${threads === '1' ? 'thread' : 'threads'}` : '';
  const chosen = event.measurements.find((each) => each.backend === event.backend);
  const speed = chosen ? `: about ${Math.round(chosen.samplesPerSecond).toLocaleString('en-US')} digits/s` : '';
  const isolation = event.threadsIfIsolated && route ? isolationAdvice(event.threadsIfIsolated, route) : '';
  return `Training on ${device}${threadText}${speed}${isolation}`;
}

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
