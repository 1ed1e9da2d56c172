import type { NetworkSpec, Size2 } from '../spec.ts';
import type { NetworkEntry } from './entry.ts';
import { LENET1_ENTRY } from './lenet1.ts';
import { LENET5_ENTRY, TUTORIAL_ENTRY } from './lenet5-entries.ts';

/**
 * Every network the site offers, in the order a menu lists them. A new preset
 * is one more entry here.
 */
export const NETWORKS = [LENET5_ENTRY, LENET1_ENTRY, TUTORIAL_ENTRY] as const;

export type NetworkId = (typeof NETWORKS)[number]['id'];

export const NETWORK_IDS: readonly NetworkId[] = NETWORKS.map((entry) => entry.id);

export const DEFAULT_NETWORK: NetworkId = 'lenet5';

export const isNetworkId = (text: string): text is NetworkId => (NETWORK_IDS as readonly string[]).includes(text);

export function entryOf(id: NetworkId): NetworkEntry<NetworkId, object> {
  return NETWORKS.find((entry) => entry.id === id) as NetworkEntry<NetworkId, object>;
}

export interface BuiltPreset {
  readonly id: NetworkId;
  readonly preset: string;
  readonly network: NetworkSpec;
  readonly input: Size2;
}

/** Every preset of every entry, built at the entry's own input size: what tests and menus go through. */
export const BUILT_PRESETS: readonly BuiltPreset[] = NETWORKS.flatMap((entry) => {
  const build = entry.build as (options: object) => NetworkSpec;
  return Object.entries(entry.presets as Record<string, object>).map(([preset, options]) => ({
    id: entry.id,
    preset,
    network: build(options),
    input: entry.input,
  }));
});
