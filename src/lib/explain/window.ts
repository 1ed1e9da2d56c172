import { kindOf } from '../lenet/kinds/index.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';
import type { Span, Unit } from './unit.ts';

const clip = (start: number, end: number, size: number) => {
  const top = Math.max(0, start);
  return { start: top, length: Math.max(0, Math.min(size - 1, end) - top + 1) };
};

/**
 * The units of layer `index - 1` (or of the image, for index 0) that feed the
 * span `span` of layer `index`, clipped to that layer's size. A flattening
 * layer reads all of its input.
 */
export function windowBelow(network: NetworkSpec, sizes: readonly Size2[], index: number, span: Span): Span {
  const layer = network.layers[index]!;
  const below = index === 0 ? sizes[0]! : sizes[index - 1]!;
  const sight = kindOf(layer).sees(layer);
  if (sight.type === 'whole') return { top: 0, left: 0, height: below.height, width: below.width };
  if (sight.type !== 'window') return span;
  const { window, stride } = sight;
  const padding = layer.kind === 'convolution' ? layer.padding : 0;
  const rows = clip(
    span.top * stride - padding,
    (span.top + span.height - 1) * stride - padding + window.height - 1,
    below.height,
  );
  const columns = clip(
    span.left * stride - padding,
    (span.left + span.width - 1) * stride - padding + window.width - 1,
    below.width,
  );
  return { top: rows.start, left: columns.start, height: rows.length, width: columns.length };
}

/** The pixels of the input image that one unit of layer `index` sees, through every layer below it. */
export function windowOnImage(network: NetworkSpec, sizes: readonly Size2[], index: number, unit: Unit): Span {
  let span: Span = { top: unit.y, left: unit.x, height: 1, width: 1 };
  for (let layer = index; layer > 0; layer--) span = windowBelow(network, sizes, layer, span);
  return span;
}
