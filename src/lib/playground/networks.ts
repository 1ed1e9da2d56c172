import { analyze } from '../lenet/analyze.ts';
import { formatCount } from '../lenet/format.ts';
import { formatSize } from '../lenet/input-size.ts';
import { BUILT_PRESETS, entryOf } from '../lenet/networks/registry.ts';
import type { LenetError } from '../lenet/result.ts';
import type { NetworkSpec } from '../lenet/spec.ts';
import { checkSupported } from '../lenet/supported.ts';
import { parseExplorerState, specOf, STATE_PARAMETERS } from '../lenet/url-state.ts';
import type { Placement } from '../mnist/placement.ts';

/**
 * The most multiply-adds per digit the playground trains: about five times the
 * paper's LeNet-5, so a pass over the 60,000 digits stays within minutes on a laptop.
 */
export const MAX_TRAINING_MACS = 2_000_000;

/** A network the training form offers. */
export interface TrainingNetwork {
  /** The form's value: "paper" and "modern" for LeNet-5's presets, the registry id otherwise, "link" for the explorer's. */
  readonly key: string;
  readonly label: string;
  readonly network: NetworkSpec;
  readonly placement: Placement;
}

const PRESET_LABELS: Readonly<Record<string, string>> = {
  paper: "LeNet-5, the paper's (1998)",
  modern: 'LeNet-5, the modern port',
};

/** Every preset of the registry, as the form lists them. */
export const PRESET_NETWORKS: readonly TrainingNetwork[] = BUILT_PRESETS.map(({ id, preset, network, input }) => ({
  key: id === 'lenet5' ? preset : id,
  label: id === 'lenet5' ? (PRESET_LABELS[preset] ?? preset) : entryOf(id).label,
  network,
  placement: { input, digitBox: entryOf(id).placement.digitBox },
}));

/**
 * The network an explorer link asks for: a preset's key when it names one as
 * published, or a "link" network for anything edited. Parameters the playground
 * reads for itself (seed) are left to it.
 */
export function linkedNetwork(params: URLSearchParams): {
  readonly preset?: string;
  readonly linked?: TrainingNetwork;
  readonly problems: readonly LenetError[];
} {
  const own = new URLSearchParams(
    [...params].filter(([name]) => (STATE_PARAMETERS as readonly string[]).includes(name)),
  );
  if ([...own].length === 0) return { problems: [] };
  const { state, problems } = parseExplorerState(own);
  const entry = entryOf(state.network);
  const network = specOf(state);
  const preset = PRESET_NETWORKS.find(
    (choice) =>
      JSON.stringify(choice.network) === JSON.stringify(network) &&
      formatSize(choice.placement.input) === formatSize(state.input),
  );
  if (preset) return { preset: preset.key, problems };
  const label = `${network.name} at ${formatSize(state.input)}, from the explorer`;
  const linked = { key: 'link', label, network, placement: { input: state.input, digitBox: entry.placement.digitBox } };
  return { linked, problems };
}

/** Why the playground cannot train this network, in words that say what would make it trainable; undefined if it can. */
export function whyNotTrainable({ network, placement }: TrainingNetwork): string | undefined {
  const analysis = analyze(network, placement.input);
  if (!analysis.ok) return `It cannot be computed: ${analysis.error.message}`;
  const supported = checkSupported(network);
  if (!supported.ok) return `It cannot be built: ${supported.error.message}`;
  if (network.layers[0].channels !== 1) return 'MNIST digits have one channel; set the input layer to 1 channel.';
  const last = analysis.value.layers.at(-1)!;
  if (last.kind !== 'output')
    return `It must end in an output layer of 10 units to be trained on digits; it ends in ${last.name}.`;
  if (last.shape.channels !== 10)
    return `Its output layer must have 10 units, one per digit; it has ${last.shape.channels}.`;
  if (last.shape.height * last.shape.width !== 1)
    return `Its output has ${last.shape.height}x${last.shape.width} positions; the playground trains one answer per digit. Let the output (or F6) read its input flattened, or make the input smaller.`;
  const { macs } = analysis.value.totals;
  if (macs > MAX_TRAINING_MACS)
    return `It needs ${formatCount(macs)} multiply-adds per digit; the playground trains networks of at most ${formatCount(MAX_TRAINING_MACS)}, so that an epoch takes minutes, not hours.`;
  return undefined;
}
