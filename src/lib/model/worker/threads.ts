/**
 * Threads a run trains on. More than one needs memory that threads share, which
 * only a cross-origin isolated page can make (COOP and COEP headers, from the host
 * or from the site's service worker); without it every engine trains on one.
 */

/** The lane engine: the main thread and one helper, where there is a second core. */
export const laneThreadsFor = (isolated: boolean, cores: number): number => (isolated && cores > 1 ? 2 : 1);

/** tfjs's wasm backend: up to four. */
export const wasmThreadsFor = (isolated: boolean, cores: number): number => (isolated ? Math.min(cores, 4) : 1);

/**
 * The threads `backend` would train on were the page isolated, where that is
 * more than it has now: what the playground offers the reader who lacks them.
 */
export function threadsIfIsolated(backend: string, isolated: boolean, cores: number): number | undefined {
  if (isolated) return undefined;
  const threads =
    backend === 'lanes' ? laneThreadsFor(true, cores) : backend === 'wasm' ? wasmThreadsFor(true, cores) : 1;
  return threads > 1 ? threads : undefined;
}
