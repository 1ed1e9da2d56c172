import { layerNamed, type Analysis } from './analyze.ts';
import { formatCount } from './format.ts';

const atShape = (channels: number, height: number, width: number) => `${channels}@${height}x${width}`;

/**
 * One or two sentences on what the input size does to the network: whether C5
 * has one position or several, what the head does with them, and any row or
 * column that a floor throws away.
 */
export function describeChange(analysis: Analysis): string {
  const c5 = layerNamed(analysis, 'C5');
  const f6 = layerNamed(analysis, 'F6');
  if (!c5 || !f6) return '';
  const { channels, height, width } = c5.shape;
  const positions = height * width;
  const sentences: string[] = [];
  if (positions === 1) {
    sentences.push(
      `C5 is ${atShape(channels, height, width)}: its 5x5 kernels fit its input in exactly one position, so it has the same weights as a dense layer would.`,
    );
  } else {
    const perPosition = f6.shape.height * f6.shape.width > 1;
    const head = perPosition
      ? `F6 and the output run at each of its ${positions} positions: parameters stay at ${formatCount(analysis.totals.trainable)} while connections grow to ${formatCount(analysis.totals.connections)}.`
      : `The flatten head gives F6 one weight per C5 value, so F6 alone has ${formatCount(f6.trainable)} parameters.`;
    sentences.push(
      `C5 is now ${atShape(channels, height, width)}: because C5 is a convolution, a larger input gives it more positions. ${head}`,
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
