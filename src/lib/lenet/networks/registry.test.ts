import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { entryOf, NETWORK_IDS, NETWORKS } from './registry.ts';

describe('the network registry', () => {
  it('gives every entry a distinct id', () => {
    expect(new Set(NETWORK_IDS).size).toBe(NETWORKS.length);
  });

  it.each(NETWORKS.flatMap((entry) => Object.entries(entry.presets).map(([name]) => [entry.id, name] as const)))(
    'entry %s, preset %s, builds a network the calculator accepts at its own input size',
    (id, name) => {
      const entry = entryOf(id);
      const network = entry.build(entry.presets[name]!);
      expect(analyze(network, entry.input).ok).toBe(true);
    },
  );

  it('places the digit in a box no larger than the input', () => {
    for (const entry of NETWORKS)
      expect(entry.placement.digitBox).toBeLessThanOrEqual(Math.min(entry.input.height, entry.input.width));
  });
});
