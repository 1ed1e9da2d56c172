import { layerNamed, type Analysis } from './analyze.ts';
import { formatCount } from './format.ts';

const atShape = (channels: number, height: number, width: number) => `${channels}@${height}x${width}`;

/** For a network without LeNet-5's C5 and F6: where its maps end, and what it costs. */
function overview(analysis: Analysis): string {
  const maps = analysis.layers.filter((layer) => layer.kind === 'convolution' || layer.kind === 'subsampling').at(-1);
  const { trainable, connections } = analysis.totals;
  const ends = maps
    ? `its maps end at ${maps.name}, ${atShape(maps.shape.channels, maps.shape.height, maps.shape.width)}; `
    : '';
  return `${analysis.network.name} at ${analysis.input.height}x${analysis.input.width}: ${ends}${formatCount(trainable)} trainable parameters and ${formatCount(connections)} connections.`;
}

const listed = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : (names[0] ?? '');

/**
 * What the layers after a C5 of several positions do with them: those that keep
 * the positions share their weights across them; the first that reads them all
 * at once (flattened) pays a weight for each.
 */
function afterC5(analysis: Analysis, c5Index: number): string[] {
  const c5 = analysis.layers[c5Index]!;
  const positions = formatCount(c5.shape.height * c5.shape.width);
  const later = analysis.layers.slice(c5Index + 1);
  const firstFlat = later.findIndex((layer) => layer.shape.height * layer.shape.width === 1);
  const kept = (firstFlat < 0 ? later : later.slice(0, firstFlat)).map((layer) => layer.name);
  const flat = firstFlat < 0 ? undefined : later[firstFlat]!;
  const sentences: string[] = [];
  if (kept.length > 0)
    sentences.push(
      `${listed(kept)} ${kept.length > 1 ? 'run' : 'runs'} at each of its ${positions} positions with the same weights: the positions add connections, not parameters.`,
    );
  if (flat)
    sentences.push(
      `${flat.name} reads all ${positions} positions at once, flattened, so ${flat.name} alone has ${formatCount(flat.trainable)} parameters.`,
    );
  return sentences;
}

/**
 * One or two sentences on what the input size does to the network: whether C5
 * has one position or several, what the head does with them, and any row or
 * column that a floor throws away.
 */
export function describeChange(analysis: Analysis): string {
  const c5 = layerNamed(analysis, 'C5');
  const f6 = layerNamed(analysis, 'F6');
  const sentences: string[] = [];
  if (!c5 || !f6) {
    sentences.push(overview(analysis));
  } else if (c5.shape.height * c5.shape.width === 1) {
    const { channels, height, width } = c5.shape;
    const kernel = c5.filter ? `${c5.filter.height}x${c5.filter.width} ` : '';
    sentences.push(
      `C5 is ${atShape(channels, height, width)}: its ${kernel}kernels fit its input in exactly one position, so it has the same weights as a dense layer would.`,
    );
  } else {
    const { channels, height, width } = c5.shape;
    sentences.push(
      `C5 is now ${atShape(channels, height, width)}: C5 is a convolution, so wherever its input is larger than its kernel it has more than one position.`,
      ...afterC5(analysis, analysis.layers.indexOf(c5)),
    );
  }
  for (const layer of analysis.layers) {
    const { rows, columns } = layer.dropped;
    const lost = [...(rows.length ? [`row${rows.length > 1 ? 's' : ''} ${rows.join(', ')}`] : [])];
    if (columns.length) lost.push(`column${columns.length > 1 ? 's' : ''} ${columns.join(', ')}`);
    if (lost.length) sentences.push(`${layer.name} leaves its input's ${lost.join(' and ')} unused: the size is odd.`);
  }
  return sentences.join(' ');
}
