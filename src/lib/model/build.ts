import { analyze } from '../lenet/analyze.ts';
import { flattens } from '../lenet/kinds/index.ts';
import type { Activation } from '../lenet/activation.ts';
import { PROTOTYPES } from '../lenet/prototypes.ts';
import { frameworkName } from '../lenet/names.ts';
import { ok, type Result } from '../lenet/result.ts';
import type { Layer, NetworkSpec, Size2 } from '../lenet/spec.ts';
import { checkSupported } from '../lenet/supported.ts';
import { PlainConv2D, RbfOutput, ScaledTanh, SparseConv2D, TrainableSubsampling } from './layers/index.ts';
import { uniformFanIn } from './layers/init.ts';
import { tfl } from './tf.ts';

export interface BuildOptions {
  /** Seeds every initialiser, so that two builds start from the same weights. */
  readonly seed?: number;
}

type LayersLayer = InstanceType<typeof tfl.layers.Layer>;

function activationLayers(activation: Activation, name: string): LayersLayer[] {
  switch (activation) {
    case 'identity':
      return [];
    case 'scaled-tanh':
      return [new ScaledTanh({ name: `${name}_squash` })];
    case 'tanh':
    case 'sigmoid':
    case 'relu':
    case 'softmax':
      return [tfl.layers.activation({ activation, name: `${name}_${activation}` })];
  }
}

/** The tfjs layers for one spec layer; `inputMaps` is the depth of what it reads. */
function layersFor(
  layer: Layer,
  inputMaps: number,
  inputArea: number,
  seed: number | undefined,
  alreadyFlat: boolean,
): LayersLayer[] {
  const name = frameworkName(layer.name);
  switch (layer.kind) {
    case 'input':
      return [];
    case 'convolution': {
      const { kernel, connections, stride: strides, padding } = layer;
      const geometry = { kernelSize: [kernel.height, kernel.width] as const, strides, padding, name };
      const seeded = seed === undefined ? {} : { seed };
      const core =
        connections.type === 'table'
          ? new SparseConv2D({ table: connections.matrix, ...geometry, ...seeded })
          : new PlainConv2D({ filters: layer.maps, ...geometry, ...seeded });
      return [core, ...activationLayers(layer.activation, name)];
    }
    case 'subsampling': {
      const core = layer.trainable
        ? new TrainableSubsampling({ window: [layer.window.height, layer.window.width], strides: layer.stride, name })
        : tfl.layers.averagePooling2d({
            poolSize: [layer.window.height, layer.window.width],
            strides: layer.stride,
            name,
          });
      return [core, ...activationLayers(layer.activation, name)];
    }
    case 'full': {
      const perPosition = layer.scope === 'position';
      const fanIn = perPosition ? inputMaps : inputMaps * inputArea;
      const kernelInitializer = uniformFanIn(fanIn, seed);
      const core = perPosition
        ? new PlainConv2D({ filters: layer.units, kernelSize: 1, name, ...(seed === undefined ? {} : { seed }) })
        : tfl.layers.dense({ units: layer.units, kernelInitializer, name });
      const flatten = perPosition ? [] : [tfl.layers.flatten({ name: `${name}_flatten` })];
      return [...flatten, core, ...activationLayers(layer.activation, name)];
    }
    case 'output': {
      const flattened = layer.scope === 'flattened' && !alreadyFlat;
      const flatten = flattened ? [tfl.layers.flatten({ name: `${name}_flatten` })] : [];
      if (layer.classifier.type === 'rbf') return [...flatten, new RbfOutput({ prototypes: PROTOTYPES, name })];
      const kernelInitializer = uniformFanIn(flattened ? inputMaps * inputArea : inputMaps, seed);
      const dense = tfl.layers.dense({ units: layer.units, kernelInitializer, name });
      return [...flatten, dense, ...activationLayers('softmax', name)];
    }
  }
}

/**
 * A tfjs model of the spec at this input size, or why the calculator or the
 * builder cannot make one (a typed error naming the layer and the field). Its
 * output is classes at every position of the last map: [batch, 10] when the head
 * is flattened, and [batch, H, W, 10] when F6 and the output are applied per position.
 */
export function modelOf(network: NetworkSpec, input: Size2, options: BuildOptions = {}): Result<tfl.LayersModel> {
  const analysis = analyze(network, input);
  if (!analysis.ok) return analysis;
  const supported = checkSupported(network);
  if (!supported.ok) return supported;
  const model = tfl.sequential({ name: 'lenet5' });
  model.add(tfl.layers.inputLayer({ inputShape: [input.height, input.width, network.layers[0].channels] }));
  let flat = false;
  network.layers.forEach((layer, index) => {
    const before = analysis.value.layers[index - 1]?.shape;
    const seed = options.seed === undefined ? undefined : options.seed + index;
    const area = before ? before.height * before.width : 1;
    for (const part of layersFor(layer, before?.channels ?? 0, area, seed, flat)) model.add(part);
    if (flattens(layer)) flat = true;
  });
  return ok(model);
}

/** The model of `modelOf`, for callers that have already checked the spec; throws with its message otherwise. */
export function buildModel(network: NetworkSpec, input: Size2, options: BuildOptions = {}): tfl.LayersModel {
  const model = modelOf(network, input, options);
  if (!model.ok) throw new Error(model.error.message);
  return model.value;
}

/** Weights and biases that training changes, as tfjs counts them. */
export const trainableParameterCount = (model: tfl.LayersModel): number =>
  model.trainableWeights.reduce(
    (sum, weight) => sum + weight.shape.reduce<number>((product, side) => product * (side ?? 1), 1),
    0,
  );

/** Weights that training leaves alone, such as the RBF prototypes. */
export const fixedParameterCount = (model: tfl.LayersModel): number =>
  model.nonTrainableWeights.reduce(
    (sum, weight) => sum + weight.shape.reduce<number>((product, side) => product * (side ?? 1), 1),
    0,
  );
