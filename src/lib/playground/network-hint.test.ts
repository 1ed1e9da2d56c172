import { describe, expect, it } from 'vitest';
import { encodeNetwork } from '../lenet/network-code.ts';
import { LENET1 } from '../lenet/networks/lenet1.ts';
import { networkHint } from './network-hint.ts';
import { linkedNetwork, PRESET_NETWORKS } from './networks.ts';

const preset = (key: string) => PRESET_NETWORKS.find((choice) => choice.key === key)!;

describe('networkHint', () => {
  it('gives the chosen network’s size and cost, and what the field takes, whatever the network', () => {
    expect(networkHint(preset('modern'))).toBe(
      'LeNet-5, the modern port: 32x32 input, 61,706 parameters, 416,520 multiply-adds per digit. Adam trains any network of the explorer, edited or not, up to 2,000,000 multiply-adds per digit.',
    );
    expect(networkHint(preset('paper'))).toMatch(
      /^LeNet-5, the paper's \(1998\): 32x32 input, 60,000 parameters, [\d,]+ multiply-adds per digit\. Adam trains any network/,
    );
  });

  it("says nothing of tfjs for the registry's networks, which all train on the lane engine", () => {
    for (const choice of PRESET_NETWORKS) expect(networkHint(choice)).not.toContain('tfjs');
  });

  it('says which field keeps an edited network on tfjs, and what would let it on the lane engine', () => {
    const strided = LENET1.layers.map((layer) => (layer.name === 'H1' ? { ...layer, stride: 2 } : layer));
    const net = encodeNetwork({ ...LENET1, layers: strided as unknown as typeof LENET1.layers });
    const { linked } = linkedNetwork(new URLSearchParams({ network: 'lenet1', net }));
    expect(networkHint(linked!)).toMatch(
      /^LeNet-1 \(1989\), edited at 28x28, from the explorer: 28x28 input, .* H1's stride of 2 keeps this network on tfjs, slower; with stride 1 it trains on the lane engine\.$/,
    );
  });

  it('says why a network cannot be trained instead', () => {
    const { linked } = linkedNetwork(new URLSearchParams('input=150&head=flatten'));
    expect(networkHint(linked!)).toMatch(/cannot be trained here\. .*at most 2,000,000/);
  });
});
