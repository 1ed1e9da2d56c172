import type { Analysis } from './analyze.ts';
import type { Size2 } from './spec.ts';

/** The input window one unit of a layer sees, and how far apart neighbouring units' windows start, in input pixels. */
export interface LayerReceptiveField {
  readonly name: string;
  readonly size: Size2;
  readonly step: Size2;
}

/**
 * Every layer's receptive field on the network's input, from the kernels,
 * windows and strides before it. A layer that flattens its input sees all of it.
 */
export function receptiveFields(analysis: Analysis): LayerReceptiveField[] {
  let size = { height: 1, width: 1 };
  let step = { height: 1, width: 1 };
  return analysis.network.layers.map((layer) => {
    const window =
      layer.kind === 'convolution' ? layer.kernel : layer.kind === 'subsampling' ? layer.window : undefined;
    if (window && (layer.kind === 'convolution' || layer.kind === 'subsampling')) {
      size = {
        height: size.height + (window.height - 1) * step.height,
        width: size.width + (window.width - 1) * step.width,
      };
      step = { height: step.height * layer.stride, width: step.width * layer.stride };
    } else if (layer.kind === 'full' && layer.scope === 'flattened') {
      size = { ...analysis.input };
    }
    return { name: layer.name, size, step };
  });
}
