import { entryOf, serializeExplorerState, specOf, type ExplorerState, type LenetError } from '../../lib/lenet/index.ts';
import { whyNotTrainable } from '../../lib/playground/networks.ts';
import { withBase } from '../../utils/base-path.ts';

/** Why the playground cannot train the network of this state, or undefined when it can. */
export function whyNotToPlayground(state: ExplorerState, failure: LenetError | undefined): string | undefined {
  if (failure)
    return `the network stops at ${failure.layer ?? 'a layer'}, so there is nothing to train until it computes to the end.`;
  const placement = { input: state.input, digitBox: entryOf(state.network).placement.digitBox };
  const why = whyNotTrainable({ key: 'link', label: '', network: specOf(state), placement });
  return why && `the playground cannot train this network. ${why}`;
}

/**
 * The link that opens the network in the playground: live while the playground
 * can train it, and otherwise off, with the reason beside it.
 */
export function showTrainLink(
  link: HTMLAnchorElement,
  reason: HTMLElement,
  state: ExplorerState,
  failure: LenetError | undefined,
): void {
  const why = whyNotToPlayground(state, failure);
  if (why) {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
    reason.hidden = false;
    reason.textContent = `Not yet: ${why}`;
    return;
  }
  const query = serializeExplorerState(state);
  link.href = withBase(`/playground/${query ? `?${query}` : ''}`);
  link.removeAttribute('aria-disabled');
  reason.hidden = true;
  reason.textContent = '';
}
