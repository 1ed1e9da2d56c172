import { serializeExplorerState, type ExplorerState } from '../../lib/lenet/index.ts';

/**
 * Writes each committed state into the address as one history entry. A typing
 * session (one field, or one slider drag) is one entry however many values it
 * settles on: its first commit pushes, the later ones replace.
 */
export function addressWriter() {
  let session: object | undefined;
  return {
    write(state: ExplorerState, from?: object) {
      const query = serializeExplorerState(state);
      const url = query ? `?${query}` : location.pathname;
      const same = url === (location.search || location.pathname);
      if (from !== undefined && from === session) {
        if (!same) history.replaceState(null, '', url);
        return;
      }
      if (same) return;
      history.pushState(null, '', url);
      session = from;
    },
    /** The next commit, even from the same field, is a new entry. */
    endSession() {
      session = undefined;
    },
  };
}
