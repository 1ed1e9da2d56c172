import type { SdlmNetwork } from './network.ts';

/** One layer's step sizes eta / (mu + h_kk), and the share at the cap eta / mu. */
export interface LayerSteps {
  readonly name: string;
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** Share of the layer's parameters whose step is within 1% of the cap: curvature far below mu. */
  readonly atCap: number;
}

export function layerSteps(network: SdlmNetwork, steps: Float64Array, cap: number): LayerSteps[] {
  return network.layers.map((layer) => {
    const own = Array.from(steps.subarray(layer.offset, layer.offset + layer.count)).sort((a, b) => a - b);
    return {
      name: layer.name,
      min: own[0]!,
      median: own[Math.floor((own.length - 1) / 2)]!,
      max: own.at(-1)!,
      atCap: own.filter((step) => step >= 0.99 * cap).length / own.length,
    };
  });
}
