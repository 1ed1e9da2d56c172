import { kindOf } from './kinds/index.ts';
import type { NetworkSpec, Size2 } from './spec.ts';

/** Along one axis: how far apart neighbouring units' windows start, and how wide each window is, in input pixels. */
export interface ReceptiveField {
  readonly step: number;
  readonly size: number;
}

/** The input window one unit of a layer sees, and how far apart neighbouring units' windows start, in input pixels. */
export interface LayerReceptiveField {
  readonly name: string;
  readonly size: Size2;
  readonly step: Size2;
}

/**
 * Every layer's receptive field on the network's input, from the kernels,
 * windows and strides before it. A layer that flattens its input sees all of
 * `input`; without one, it sees what the layer before it saw.
 */
export function receptiveFields(network: NetworkSpec, input?: Size2): LayerReceptiveField[] {
  let size = { height: 1, width: 1 };
  let step = { height: 1, width: 1 };
  return network.layers.map((layer) => {
    const sight = kindOf(layer).sees(layer);
    if (sight.type === 'window') {
      const { window, stride } = sight;
      size = {
        height: size.height + (window.height - 1) * step.height,
        width: size.width + (window.width - 1) * step.width,
      };
      step = { height: step.height * stride, width: step.width * stride };
    } else if (sight.type === 'whole' && input) {
      size = { ...input };
    }
    return { name: layer.name, size, step };
  });
}

/** The window that one unit of layer `name` sees along the input's width (square windows, as in LeNet-5). */
export function receptiveField(network: NetworkSpec, name: string): ReceptiveField {
  const field = receptiveFields(network).find((layer) => layer.name === name);
  if (!field) throw new Error(`The network has no layer named ${name}.`);
  return { step: field.step.width, size: field.size.width };
}

/**
 * A receptive field in words: "5x5", or, where padding lets the window reach past
 * the input's edge (the tutorials' C1 pads by 2), that it is larger than the input.
 */
export function receptiveFieldText(size: Size2, input: Size2): string {
  const text = `${size.height}x${size.width}`;
  return size.height > input.height || size.width > input.width
    ? `${text} (larger than the ${input.height}x${input.width} input: the rest is padding)`
    : text;
}
