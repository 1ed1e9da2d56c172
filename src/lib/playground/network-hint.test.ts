import { describe, expect, it } from 'vitest';
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

  it('says why a network cannot be trained instead', () => {
    const { linked } = linkedNetwork(new URLSearchParams('input=150&head=flatten'));
    expect(networkHint(linked!)).toMatch(/cannot be trained here\. .*at most 2,000,000/);
  });
});
