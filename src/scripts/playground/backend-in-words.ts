import type { FromWorker } from '../../lib/model/worker/protocol.ts';
import { isolationAdvice, type IsolationRoute } from './isolation-advice.ts';

export type BackendEvent = Extract<FromWorker, { type: 'backend' }>;

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
 * why, and how the reader gets them; and where a field of the network keeps it off the
 * lane engine, which, and what would let it on.
 */
export function backendInWords(event: BackendEvent, route: IsolationRoute | undefined): string {
  const device = DEVICES[event.backend] ?? event.backend;
  const threads = /^(\d+) thread/.exec(event.detail)?.[1];
  const threadText = threads ? `, ${threads} ${threads === '1' ? 'thread' : 'threads'}` : '';
  const chosen = event.measurements.find((each) => each.backend === event.backend);
  const speed = chosen ? `: about ${Math.round(chosen.samplesPerSecond).toLocaleString('en-US')} digits/s` : '';
  const isolation = event.threadsIfIsolated && route ? isolationAdvice(event.threadsIfIsolated, route) : '';
  const line = `Training on ${device}${threadText}${speed}${isolation}`;
  if (!event.laneRefusal) return line;
  return `${line}${line.endsWith('.') ? '' : '.'} ${event.laneRefusal}`;
}
