import { kindOf } from './kinds/index.ts';
import type { NetworkSpec } from './spec.ts';

export { ACTIVATION_CODES, sizeCode } from './kinds/codec.ts';

/**
 * A whole network as one URL parameter: layers joined by "_", each its name then
 * fields joined by ".", so `C1.conv6.k5.ast` is a convolution of 6 maps with 5x5
 * kernels and the scaled tanh. Each kind spells its own fields (see `kinds/`);
 * defaults (stride 1, no padding, full connections) are left out, so the paper's
 * LeNet-5 takes under 200 characters.
 */
export function encodeNetwork(network: NetworkSpec): string {
  return network.layers.map((layer) => [escapeName(layer.name), ...kindOf(layer).encode(layer)].join('.')).join('_');
}

/** A name with the code's separators escaped, so any name round-trips. */
const escapeName = (name: string) =>
  encodeURIComponent(name).replace(/\./g, '%2E').replace(/_/g, '%5F').replace(/~/g, '%7E');
