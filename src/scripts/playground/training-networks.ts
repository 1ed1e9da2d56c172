import { networkHint } from '../../lib/playground/network-hint.ts';
import { linkedNetwork, PRESET_NETWORKS } from '../../lib/playground/networks.ts';
import { required } from '../dom.ts';

/**
 * The training form's network field: the registry's presets, plus the network of
 * an explorer link when it is not one of them, which is then chosen. The hint
 * under the field follows the choice, and only the choice: written once on load
 * and again on each change, it says the same for the same network however the
 * form came to it.
 */
export function trainingNetworks(root: Document, params: URLSearchParams) {
  const select = required<HTMLSelectElement>(root, '#train-network');
  const hint = required(root, '#train-network-hint');
  const { preset, linked, problems } = linkedNetwork(params);
  const choices = linked ? [...PRESET_NETWORKS, linked] : PRESET_NETWORKS;
  if (linked) select.append(new Option(linked.label, linked.key));
  const chosen = linked?.key ?? preset;
  if (chosen) select.value = chosen;
  /** The network the form shows now. */
  const shown = () => choices.find((each) => each.key === select.value);
  const show = () => {
    const choice = shown();
    if (choice) hint.textContent = networkHint(choice);
  };
  select.addEventListener('change', show);
  show();
  return { choices, shown, problems: problems.map((problem) => `The link's network: ${problem.message}`) };
}
