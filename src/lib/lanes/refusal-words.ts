import type { LaneRefusal } from './lane-part-kit.ts';

/**
 * What keeps a network off the lane engine, as the playground says it: "C1's stride of 2
 * keeps this network on tfjs, slower; with stride 1 it trains on the lane engine."
 */
export function laneRefusalInWords({ layer, setting, instead }: LaneRefusal): string {
  const what = layer === undefined ? `The ${setting}` : `${layer}'s ${setting}`;
  return `${what} keeps this network on tfjs, slower; with ${instead} it trains on the lane engine.`;
}
