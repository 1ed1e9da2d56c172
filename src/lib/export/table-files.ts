import type { Analysis } from '../lenet/analyze.ts';

const CSV_HEADER = [
  'layer',
  'kind',
  'maps',
  'height',
  'width',
  'weights',
  'biases',
  'trainable',
  'fixed',
  'connections',
  'macs',
  'activations',
];

/** The per-layer figures as CSV, plain numbers without separators, for a spreadsheet. */
export function tableCsv(analysis: Analysis): string {
  const rows = analysis.layers.map((layer) =>
    [
      layer.name,
      layer.kind,
      layer.shape.channels,
      layer.shape.height,
      layer.shape.width,
      layer.weights,
      layer.biases,
      layer.trainable,
      layer.fixed,
      layer.connections,
      layer.macs,
      layer.activations,
    ].join(','),
  );
  const { totals } = analysis;
  const total = [
    'Total',
    '',
    '',
    '',
    '',
    totals.weights,
    totals.biases,
    totals.trainable,
    totals.fixed,
    totals.connections,
    totals.macs,
    totals.activations,
  ].join(',');
  return [CSV_HEADER.join(','), ...rows, total].join('\n') + '\n';
}

/** The per-layer figures and totals as JSON. */
export function tableJson(analysis: Analysis): string {
  const { network, input, layers, totals } = analysis;
  return JSON.stringify({ network: network.name, input, layers, totals }, null, 2) + '\n';
}
