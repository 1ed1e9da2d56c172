import { serializeExplorerState, type ExplorerState } from '../lib/lenet/index.ts';

/**
 * Puts a state in the address: a new history entry for a finished change. While
 * a slider moves or a number is typed, the entry is replaced once the reader
 * pauses, since writing history on every step costs more than redrawing every figure.
 */
export function addressKeeper() {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return (state: ExplorerState, replace: boolean) => {
    clearTimeout(pending);
    const write = () => {
      const query = serializeExplorerState(state);
      const url = query ? `?${query}` : location.pathname;
      if (url === (location.search || location.pathname)) return;
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    };
    if (replace) pending = setTimeout(write, 250);
    else write();
  };
}
