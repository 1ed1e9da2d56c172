import { serializeExplorerState, type ExplorerState, type LenetError } from '../../lib/lenet/index.ts';
import { withBase } from '../../utils/base-path.ts';

/**
 * The link that opens the network in the playground: live while the network
 * computes to the end, and otherwise off, with the reason beside it.
 */
export function showTrainLink(
  link: HTMLAnchorElement,
  reason: HTMLElement,
  state: ExplorerState,
  failure: LenetError | undefined,
): void {
  if (failure) {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
    reason.hidden = false;
    reason.textContent = `Not yet: the network stops at ${failure.layer ?? 'a layer'}, so there is nothing to train until it computes to the end.`;
    return;
  }
  const query = serializeExplorerState(state);
  link.href = withBase(`/playground/${query ? `?${query}` : ''}`);
  link.removeAttribute('aria-disabled');
  reason.hidden = true;
  reason.textContent = '';
}
