import type { Activation } from './activation.ts';
import type { ConnectionTable, Layer, NetworkSpec, Size2 } from './spec.ts';
import { encodeBits } from './table-bits.ts';

/**
 * A whole network as one URL parameter: layers joined by "_", each its name then
 * fields joined by ".", so `C1.conv6.k5.ast` is a convolution of 6 maps with 5x5
 * kernels and the scaled tanh. Defaults (stride 1, no padding, full
 * connections) are left out: the paper's LeNet-5 takes about 170 characters.
 */
export const ACTIVATION_CODES: Readonly<Record<Activation, string>> = {
  'scaled-tanh': 'st',
  tanh: 'th',
  sigmoid: 'sg',
  relu: 're',
  softmax: 'sm',
  identity: 'id',
};

/** A name with the code's separators escaped, so any name round-trips. */
const escapeName = (name: string) =>
  encodeURIComponent(name).replace(/\./g, '%2E').replace(/_/g, '%5F').replace(/~/g, '%7E');

export const sizeCode = ({ height, width }: Size2): string => (height === width ? `${height}` : `${height}x${width}`);

const tableField = (connections: ConnectionTable): string[] =>
  connections.type === 'full'
    ? []
    : [`t${connections.matrix.length}x${connections.matrix[0]?.length ?? 0}-${encodeBits(connections.matrix)}`];

const scopeCode = (scope: 'position' | 'flattened') => (scope === 'position' ? 'pos' : 'flat');

function fieldsOf(layer: Layer): string[] {
  if (layer.kind === 'input') return [`in${layer.channels}`];
  const activation = `a${ACTIVATION_CODES[layer.activation]}`;
  switch (layer.kind) {
    case 'convolution': {
      const stride = layer.stride === 1 ? [] : [`s${layer.stride}`];
      const padding = layer.padding === 0 ? [] : [`p${layer.padding}`];
      const table = tableField(layer.connections);
      return [`conv${layer.maps}`, `k${sizeCode(layer.kernel)}`, ...stride, ...padding, ...table, activation];
    }
    case 'subsampling':
      return ['sub', `w${sizeCode(layer.window)}`, `s${layer.stride}`, ...(layer.trainable ? ['tr'] : []), activation];
    case 'full':
      return [`full${layer.units}`, scopeCode(layer.scope), activation];
    case 'output': {
      const { classifier } = layer;
      const kind = classifier.type === 'rbf' ? `rbf${sizeCode(classifier.prototype)}` : 'softmax';
      return [`out${layer.units}`, kind, scopeCode(layer.scope), activation];
    }
  }
}

/** The network as the explorer's `net=` parameter holds it; `decodeNetwork` gives it back. */
export function encodeNetwork(network: NetworkSpec): string {
  return network.layers.map((layer) => [escapeName(layer.name), ...fieldsOf(layer)].join('.')).join('_');
}
