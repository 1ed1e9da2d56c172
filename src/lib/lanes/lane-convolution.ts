import type { LayerOf } from '../lenet/kinds/kind.ts';
import { frameworkName } from '../lenet/names.ts';
import { hiddenActivation, range, refusal, type LanePart, type LaneReading } from './lane-part-kit.ts';

/**
 * A convolution in the lane engine's form: its kernels link by link ([input map,
 * output map], output map first), then its biases, each parameter mapped to its
 * place in tfjs's kernel, plain [k, k, in, out] or a table's [k * k, links].
 */
export function laneConvolution(layer: LayerOf<'convolution'>, { maps, side, offset }: LaneReading): LanePart {
  const { kernel, stride, padding, connections } = layer;
  const activation = hiddenActivation(layer);
  if (!activation) return refusal(`${layer.name} uses a softmax`);
  if (kernel.height !== kernel.width || stride !== 1 || padding !== 0 || kernel.width > side)
    return refusal(`${layer.name} is not a square kernel of stride 1 without padding`);
  const k = kernel.width;
  const area = k * k;
  const matrix = connections.type === 'table' ? connections.matrix : undefined;
  const links: [number, number][] = [];
  for (let o = 0; o < layer.maps; o++) for (let i = 0; i < maps; i++) if (!matrix || matrix[i]![o]) links.push([i, o]);
  const tableOrder = [...links].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const tableIndex = new Map(tableOrder.map(([i, o], at) => [`${i},${o}`, at]));
  const kernelIndex = (k2: number) => {
    const [i, o] = links[Math.floor(k2 / area)]!;
    const position = k2 % area;
    return matrix ? position * links.length + tableIndex.get(`${i},${o}`)! : (position * maps + i) * layer.maps + o;
  };
  const out = side - k + 1;
  const kernels = links.length * area;
  const tf = frameworkName(layer.name);
  const slots = [
    { name: `${tf}/kernel`, offset, tfjsIndex: range(kernels, kernelIndex) },
    { name: `${tf}/bias`, offset: offset + kernels, tfjsIndex: range(layer.maps, (o) => o) },
  ];
  const shape = { inputMaps: maps, inputSide: side, maps: layer.maps, side: out, kernel: k, links, activation };
  const common = { name: layer.name, inputSize: maps * side * side, outputSize: layer.maps * out * out };
  const built = { ...common, ...shape, kind: 'convolution' as const, offset, count: kernels + layer.maps, slots };
  return { ok: true, layer: built, maps: layer.maps, side: out };
}
