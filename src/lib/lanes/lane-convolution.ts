import { formatSize } from '../lenet/input-size.ts';
import type { LayerOf } from '../lenet/kinds/kind.ts';
import { frameworkName } from '../lenet/names.ts';
import { hiddenActivation, range, refusal, softmaxRefusal, type LanePart, type LaneReading } from './lane-part-kit.ts';

/**
 * A convolution in the lane engine's form: its kernels link by link ([input map,
 * output map], output map first), then its biases, each parameter mapped to its
 * place in tfjs's kernel, plain [k, k, in, out] or a table's [k * k, links].
 * Padding is zeros around each input map, as tfjs adds them; the kernels slide
 * over the maps so padded.
 */
export function laneConvolution(layer: LayerOf<'convolution'>, { maps, side, offset }: LaneReading): LanePart {
  const { kernel, stride, padding, connections } = layer;
  const activation = hiddenActivation(layer);
  if (!activation) return softmaxRefusal(layer);
  if (kernel.height !== kernel.width)
    return refusal(layer.name, `kernel of ${formatSize(kernel)}`, `a square kernel (${kernel.width}x${kernel.width})`);
  if (stride !== 1) return refusal(layer.name, `stride of ${stride}`, 'stride 1');
  const paddedSide = side + 2 * padding;
  if (kernel.width > paddedSide)
    return refusal(
      layer.name,
      `kernel of ${formatSize(kernel)}`,
      `a kernel at most ${paddedSide} wide (its input's side, padded)`,
    );
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
  const out = paddedSide - k + 1;
  const kernels = links.length * area;
  const tf = frameworkName(layer.name);
  const slots = [
    { name: `${tf}/kernel`, offset, tfjsIndex: range(kernels, kernelIndex) },
    { name: `${tf}/bias`, offset: offset + kernels, tfjsIndex: range(layer.maps, (o) => o) },
  ];
  const shape = { inputMaps: maps, padding, inputSide: paddedSide, maps: layer.maps, side: out, kernel: k, links };
  const common = { name: layer.name, inputSize: maps * side * side, outputSize: layer.maps * out * out };
  const built = {
    ...common,
    ...shape,
    activation,
    kind: 'convolution' as const,
    offset,
    count: kernels + layer.maps,
    slots,
  };
  return { ok: true, layer: built, maps: layer.maps, side: out };
}
