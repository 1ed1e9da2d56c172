import { analyze, formatCount, formatSize } from '../../lib/lenet/index.ts';
import {
  linkedNetwork,
  PRESET_NETWORKS,
  whyNotTrainable,
  type TrainingNetwork,
} from '../../lib/playground/networks.ts';
import { required } from '../dom.ts';

/** A line on the chosen network: its size, its cost, and why it cannot be trained if it cannot. */
function describe(choice: TrainingNetwork): string {
  const why = whyNotTrainable(choice);
  if (why) return `${choice.label} cannot be trained here. ${why}`;
  const analysis = analyze(choice.network, choice.placement.input);
  const totals = analysis.ok ? analysis.value.totals : undefined;
  const cost = totals
    ? `${formatCount(totals.trainable)} parameters, ${formatCount(totals.macs)} multiply-adds per digit`
    : '';
  return `${choice.label}: ${formatSize(choice.placement.input)} input, ${cost}.`;
}

/**
 * The training form's network field: the registry's presets, plus the network of
 * an explorer link when it is not one of them, which is then chosen. The hint
 * under the field follows the choice.
 */
export function trainingNetworks(root: Document, params: URLSearchParams) {
  const select = required<HTMLSelectElement>(root, '#train-network');
  const hint = required(root, '#train-network-hint');
  const { preset, linked, problems } = linkedNetwork(params);
  const choices = linked ? [...PRESET_NETWORKS, linked] : PRESET_NETWORKS;
  if (linked) select.append(new Option(linked.label, linked.key));
  const chosen = linked?.key ?? preset;
  if (chosen) select.value = chosen;
  const show = () => {
    const choice = choices.find((each) => each.key === select.value);
    if (choice) hint.textContent = describe(choice);
  };
  select.addEventListener('change', show);
  if (chosen) show();
  return { choices, problems: problems.map((problem) => `The link's network: ${problem.message}`) };
}
