import type { Analysis } from './analyze.ts';
import { formatCount, formatFilter, formatShape } from './format.ts';

export const TABLE_COLUMNS = [
  'Layer',
  'Activation shape',
  'Filter shape',
  'Weights',
  'Biases',
  'Parameters',
  'Connections',
] as const;

/** What the table shows where a figure does not apply, as for the input's weights. */
export const NOT_APPLICABLE = '–';

export interface TableRow {
  readonly name: string;
  /** One text per column of TABLE_COLUMNS after the first. */
  readonly cells: readonly string[];
}

export interface LayerTableModel {
  readonly rows: readonly TableRow[];
  readonly total: TableRow;
  readonly caption: string;
}

/** Parameters as shown in the table: the trainable count, with fixed weights noted beside it. */
function parameterText(trainable: number, fixed: number): string {
  return fixed > 0 ? `${formatCount(trainable)} (+${formatCount(fixed)} fixed)` : formatCount(trainable);
}

/** The per-layer table as text, ready for an HTML table on the server or in the browser. */
export function layerTable(analysis: Analysis): LayerTableModel {
  const rows = analysis.layers.map((layer) => ({
    name: layer.name,
    cells:
      layer.kind === 'input'
        ? [formatShape(layer.shape), ...Array<string>(5).fill(NOT_APPLICABLE)]
        : [
            formatShape(layer.shape),
            formatFilter(layer.filter),
            formatCount(layer.weights),
            formatCount(layer.biases),
            parameterText(layer.trainable, layer.fixed),
            formatCount(layer.connections),
          ],
  }));
  const { totals } = analysis;
  const total = {
    name: 'Total',
    cells: [
      '',
      '',
      formatCount(totals.weights),
      formatCount(totals.biases),
      parameterText(totals.trainable, totals.fixed),
      formatCount(totals.connections),
    ],
  };
  const caption = `${analysis.network.name} at a ${analysis.input.height}x${analysis.input.width} input`;
  return { rows, total, caption };
}
