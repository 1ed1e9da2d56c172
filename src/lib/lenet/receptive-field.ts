import type { NetworkSpec } from './spec.ts';

/** Along one axis: how far apart neighbouring units' windows start, and how wide each window is, in input pixels. */
export interface ReceptiveField {
  readonly step: number;
  readonly size: number;
}

/**
 * The input window that one unit of layer `name` sees, from the kernels and
 * strides of the layers before it (square windows, no padding, as in LeNet-5).
 */
export function receptiveField(network: NetworkSpec, name: string): ReceptiveField {
  let step = 1;
  let size = 1;
  for (const layer of network.layers) {
    if (layer.kind === 'convolution') {
      size += (layer.kernel.width - 1) * step;
      step *= layer.stride;
    } else if (layer.kind === 'subsampling') {
      size += (layer.window.width - 1) * step;
      step *= layer.stride;
    }
    if (layer.name === name) return { step, size };
  }
  throw new Error(`The network has no layer named ${name}.`);
}
