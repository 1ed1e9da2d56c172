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
    const positions = height * width;
    const perPosition = f6.shape.height * f6.shape.width > 1;
    const head = perPosition
      ? `F6 and the output run at each of its ${positions} positions with the same weights: the positions add connections, ${formatCount(analysis.totals.connections)} in all, and no parameters (the network has ${formatCount(analysis.totals.trainable)}).`
      : `The flatten head gives F6 one weight per C5 value, so F6 alone has ${formatCount(f6.trainable)} parameters.`;
    sentences.push(
      `C5 is now ${atShape(channels, height, width)}: C5 is a convolution, so wherever its input is larger than its kernel it has more than one position. ${head}`,
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
