import type { LayerOf } from '../lenet/kinds/kind.ts';
import { frameworkName } from '../lenet/names.ts';
import { convolutionLayer } from './layers.ts';
import { named, refuse, weightOf, type Reading, type SdlmPart } from './part-kit.ts';

/** tfjs keeps a table's links in the table's row order (input map, then output map): each link's place there. */
function tfjsLinks(matrix: readonly (readonly boolean[])[] | undefined): Map<string, number> {
  const places = new Map<string, number>();
  let count = 0;
  matrix?.forEach((row, i) => row.forEach((linked, o) => linked && places.set(`${i},${o}`, count++)));
  return places;
}

/** A convolution in the trainer's form: its kernels link by link, in the order of `links`, then its biases. */
export function convolutionParts(layer: LayerOf<'convolution'>, { maps: inputMaps, side, offset }: Reading): SdlmPart {
  const { kernel, stride, padding, connections } = layer;
  if (kernel.height !== kernel.width || stride !== 1 || padding !== 0 || layer.activation !== 'scaled-tanh')
    refuse(`${layer.name} must be a square kernel, stride 1, no padding and the scaled tanh.`, layer.name);
  const tf = frameworkName(layer.name);
  const k = kernel.width;
  const matrix = connections.type === 'table' ? connections.matrix : undefined;
  const links = Array.from({ length: layer.maps }, (_, o) =>
    Array.from({ length: inputMaps }, (_, i) => i).filter((i) => !matrix || matrix[i]![o]),
  );
  const built = convolutionLayer({ name: layer.name, offset, inputMaps, inputSide: side, kernel: k, links });
  const places = tfjsLinks(matrix);
  const area = k * k;
  const outputMaps = layer.maps;
  const tfjsIndex = (i: number, o: number, position: number) =>
    matrix ? position * places.size + places.get(`${i},${o}`)! : (position * inputMaps + i) * outputMaps + o;
  const pairs = links.flatMap((row, o) => row.map((i) => [i, o] as const));
  const kernelShape = matrix ? [area, places.size] : [k, k, inputMaps, outputMaps];
  const biasStart = offset + pairs.length * area;
  return {
    layer: built,
    count: built.count,
    maps: outputMaps,
    side: side - k + 1,
    write: (theta, out) => {
      const kernelData = new Float32Array(pairs.length * area);
      pairs.forEach(([i, o], link) => {
        for (let p = 0; p < area; p++) kernelData[tfjsIndex(i, o, p)] = theta[offset + link * area + p]!;
      });
      out.set(`${tf}/kernel`, named(`${tf}/kernel`, kernelShape, kernelData));
      const bias = Float32Array.from(theta.subarray(biasStart, offset + built.count));
      out.set(`${tf}/bias`, named(`${tf}/bias`, [outputMaps], bias));
    },
    read: (weights, theta) => {
      const kernelData = weightOf(weights, `${tf}/kernel`);
      pairs.forEach(([i, o], link) => {
        for (let p = 0; p < area; p++) theta[offset + link * area + p] = kernelData[tfjsIndex(i, o, p)]!;
      });
      theta.set(weightOf(weights, `${tf}/bias`), biasStart);
    },
  };
}
