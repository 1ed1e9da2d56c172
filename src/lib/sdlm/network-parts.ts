import type { LayerOf } from '../lenet/kinds/kind.ts';
import { frameworkName } from '../lenet/names.ts';
import { PROTOTYPES } from '../lenet/prototypes.ts';
import type { LayerKind } from '../lenet/spec.ts';
import { convolutionParts } from './convolution-part.ts';
import { fullLayer, subsamplingLayer } from './layers.ts';
import { named, refuse, weightOf, type Reading, type SdlmPart } from './part-kit.ts';

type PartOf<K extends LayerKind> = (layer: LayerOf<K>, reading: Reading) => SdlmPart;

function subsamplingPart(layer: LayerOf<'subsampling'>, { maps, side, offset }: Reading): SdlmPart {
  const { window, stride } = layer;
  if (!layer.trainable || window.height !== window.width || stride !== window.width || side % stride !== 0)
    refuse(`${layer.name} must be the paper's trainable subsampling over windows that tile its input.`, layer.name);
  const tf = frameworkName(layer.name);
  const built = subsamplingLayer({ name: layer.name, offset, maps, inputSide: side, window: stride });
  const column = (theta: Float64Array, from: number) => Float32Array.from(theta.subarray(from, from + maps));
  return {
    layer: built,
    count: built.count,
    maps,
    side: side / stride,
    write: (theta, out) => {
      out.set(`${tf}/coefficient`, named(`${tf}/coefficient`, [maps], column(theta, offset)));
      out.set(`${tf}/bias`, named(`${tf}/bias`, [maps], column(theta, offset + maps)));
    },
    read: (weights, theta) => {
      theta.set(weightOf(weights, `${tf}/coefficient`), offset);
      theta.set(weightOf(weights, `${tf}/bias`), offset + maps);
    },
  };
}

function fullPart(layer: LayerOf<'full'>, { maps: inputs, side, offset }: Reading): SdlmPart {
  if (side !== 1 || layer.activation !== 'scaled-tanh')
    refuse(`${layer.name} must read single units and use the scaled tanh.`, layer.name);
  const tf = frameworkName(layer.name);
  const units = layer.units;
  const built = fullLayer({ name: layer.name, offset, inputs, units });
  return {
    layer: built,
    count: built.count,
    maps: units,
    side,
    write: (theta, out) => {
      const kernel = new Float32Array(inputs * units);
      for (let u = 0; u < units; u++)
        for (let i = 0; i < inputs; i++) kernel[i * units + u] = theta[offset + u * inputs + i]!;
      out.set(`${tf}/kernel`, named(`${tf}/kernel`, [1, 1, inputs, units], kernel));
      const bias = Float32Array.from(theta.subarray(offset + inputs * units, offset + built.count));
      out.set(`${tf}/bias`, named(`${tf}/bias`, [units], bias));
    },
    read: (weights, theta) => {
      const kernel = weightOf(weights, `${tf}/kernel`);
      for (let u = 0; u < units; u++)
        for (let i = 0; i < inputs; i++) theta[offset + u * inputs + i] = kernel[i * units + u]!;
      theta.set(weightOf(weights, `${tf}/bias`), offset + inputs * units);
    },
  };
}

function outputPart(layer: LayerOf<'output'>, { maps: size, side }: Reading): SdlmPart {
  if (layer.classifier.type !== 'rbf' || side !== 1 || size !== PROTOTYPES[0]!.length)
    refuse(`${layer.name} must be the Euclidean RBF output on ${PROTOTYPES[0]!.length} single units.`, layer.name);
  const tf = frameworkName(layer.name);
  const classes = layer.units;
  const values = Float64Array.from(
    { length: classes * size },
    (_, at) => PROTOTYPES[Math.floor(at / size)]![at % size]!,
  );
  return {
    count: 0,
    maps: classes,
    side,
    prototypes: { values, classes },
    write: (_, out) => {
      const data = new Float32Array(size * classes);
      for (let c = 0; c < classes; c++) for (let i = 0; i < size; i++) data[i * classes + c] = values[c * size + i]!;
      out.set(`${tf}/prototypes`, named(`${tf}/prototypes`, [size, classes], data));
    },
  };
}

/** Each kind in the trainer's form, or its refusal; a new kind is a type error here until it has one. */
export const SDLM_PARTS: { readonly [K in LayerKind]: PartOf<K> } = {
  input: (layer) => refuse(`${layer.name} is a second input.`, layer.name),
  convolution: convolutionParts,
  subsampling: subsamplingPart,
  full: fullPart,
  output: outputPart,
};
