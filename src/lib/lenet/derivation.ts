import type { Analysis } from './analyze.ts';
import { add, floorDivide, minus, num, times, type Expression } from './expression.ts';
import type { Shape } from './figures.ts';
import type { ConvolutionLayer, FullConnectionScope, Layer } from './spec.ts';
import { linkCount } from './table-one.ts';

/** How a layer's figures follow from its input and its spec, as checkable arithmetic. */
export interface Derivation {
  /** The output height and width, for layers that slide a window. */
  readonly side?: { readonly height: Expression; readonly width: Expression };
  readonly trainable: Expression;
  readonly fixed?: Expression;
  readonly connections: Expression;
}

function slide(input: number, window: number, stride: number, padding: number): Expression {
  const padded = padding === 0 ? num(input, 'n') : add(num(input, 'n'), times(num(2), num(padding, 'p')));
  return add(floorDivide(minus(padded, num(window, 'k')), num(stride, 's')), num(1));
}

function convolution(layer: ConvolutionLayer, input: Shape, output: Shape): Derivation {
  const { height: kh, width: kw } = layer.kernel;
  const side = {
    height: slide(input.height, kh, layer.stride, layer.padding),
    width: slide(input.width, kw, layer.stride, layer.padding),
  };
  const kernel = [num(kh, 'k'), num(kw, 'k')];
  const perUnit =
    layer.connections.type === 'full'
      ? times(num(layer.maps, 'N'), add(times(num(input.channels, 'C'), ...kernel), num(1)))
      : add(times(num(linkCount(layer.connections.matrix), 'L'), ...kernel), num(layer.maps, 'N'));
  const positions = [num(output.height, 'H'), num(output.width, 'W')];
  return { side, trainable: perUnit, connections: times(...positions, perUnit) };
}

/** What one unit of a full or output layer reads: the maps at its position, or the whole volume. */
const fanInOf = (scope: FullConnectionScope, input: Shape): Expression =>
  scope === 'position'
    ? num(input.channels, 'C')
    : times(num(input.channels, 'C'), num(input.height, 'H_{in}'), num(input.width, 'W_{in}'));

function derivationOf(layer: Layer, input: Shape, output: Shape): Derivation | undefined {
  const positions = [num(output.height, 'H'), num(output.width, 'W')];
  switch (layer.kind) {
    case 'input':
      return undefined;
    case 'convolution':
      return convolution(layer, input, output);
    case 'subsampling': {
      const { height, width } = layer.window;
      const side = {
        height: slide(input.height, height, layer.stride, 0),
        width: slide(input.width, width, layer.stride, 0),
      };
      const window = times(num(height, 'k'), num(width, 'k'));
      const edges = layer.trainable ? add(window, num(1)) : window;
      const maps = num(input.channels, 'N');
      return {
        side,
        trainable: layer.trainable ? times(num(2), maps) : num(0),
        connections: times(...positions, maps, edges),
      };
    }
    case 'full': {
      const fanIn = fanInOf(layer.scope, input);
      const trainable = times(num(layer.units, 'N'), add(fanIn, num(1)));
      return { trainable, connections: times(...positions, trainable) };
    }
    case 'output': {
      const units = num(layer.units, 'N');
      const fanIn = fanInOf(layer.scope, input);
      if (layer.classifier.type === 'rbf') {
        return { trainable: num(0), fixed: times(units, fanIn), connections: times(...positions, units, fanIn) };
      }
      const trainable = times(units, add(fanIn, num(1)));
      return { trainable, connections: times(...positions, trainable) };
    }
  }
}

/** The derivation of the named layer's figures; undefined for the input or an unknown name. */
export function derive(analysis: Analysis, name: string): Derivation | undefined {
  const index = analysis.layers.findIndex((layer) => layer.name === name);
  const layer = analysis.network.layers[index];
  if (index < 1 || !layer) return undefined;
  return derivationOf(layer, analysis.layers[index - 1]!.shape, analysis.layers[index]!.shape);
}
