import { layerNamed, type Analysis } from './analyze.ts';
import type { LayerCounts } from './counts.ts';
import { formatCount, formatFilter, formatShape } from './format.ts';
import { receptiveFields, receptiveFieldText } from './receptive-field.ts';

/** The columns after the first, which names the row. */
export const TABLE_COLUMNS = [
  'Activation shape',
  'Filter shape',
  'Weights',
  'Biases',
  'Parameters',
  'Connections',
  'Multiply-adds',
  'Activations',
] as const;

/** What the table shows where a figure does not apply, as for the input's weights. */
export const NOT_APPLICABLE = '–';

export interface TableRow {
  readonly name: string;
  /** One text per column of TABLE_COLUMNS. */
  readonly cells: readonly string[];
}

export interface LayerTableModel {
  /** The headings of the columns after the first. */
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
  readonly total?: TableRow;
  readonly caption: string;
  /** The heading of the first column: what each row names. */
  readonly rowHeading: string;
}

/** Parameters as shown in the table: the trainable count, with fixed weights noted beside it. */
function parameterText(trainable: number, fixed: number): string {
  return fixed > 0 ? `${formatCount(trainable)} (+${formatCount(fixed)} fixed)` : formatCount(trainable);
}

function layerCells(layer: LayerCounts): string[] {
  if (layer.kind === 'input')
    return [formatShape(layer.shape), ...Array<string>(6).fill(NOT_APPLICABLE), formatCount(layer.activations)];
  return [
    formatShape(layer.shape),
    formatFilter(layer.filter),
    formatCount(layer.weights),
    formatCount(layer.biases),
    parameterText(layer.trainable, layer.fixed),
    formatCount(layer.connections),
    formatCount(layer.macs),
    formatCount(layer.activations),
  ];
}

/** One layer across several networks, one row each, as in the paper against the modern port. */
export function layerComparison(
  networks: readonly { readonly label: string; readonly analysis: Analysis }[],
  name: string,
): LayerTableModel {
  const rows = networks.map(({ label, analysis }) => {
    const layer = layerNamed(analysis, name);
    if (!layer) throw new Error(`No layer named "${name}" in ${analysis.network.name}.`);
    return { name: label, cells: layerCells(layer) };
  });
  const sizes = [...new Set(networks.map(({ analysis }) => `${analysis.input.height}x${analysis.input.width}`))];
  return { columns: TABLE_COLUMNS, rows, caption: `${name} at a ${sizes.join(' and ')} input`, rowHeading: 'Network' };
}

/**
 * A comparison whose rows all agree, as one row labelled with every network, so
 * that a page does not print the same figures twice; any other comparison as it is.
 */
export function mergeIdentical(model: LayerTableModel): LayerTableModel {
  const [first, ...rest] = model.rows;
  if (!first || rest.some((row) => row.cells.join('|') !== first.cells.join('|'))) return model;
  const names = model.rows.map((row) => row.name);
  const name = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!.toLowerCase()}` : first.name;
  return { ...model, rows: [{ name, cells: first.cells }], caption: `${model.caption}, the same in both networks` };
}

const RECEPTIVE_FIELD = 'Receptive field';

/**
 * The per-layer table as text, ready for an HTML table on the server or in the
 * browser; with `receptive`, a last column gives the input window each unit sees.
 */
export function layerTable(analysis: Analysis, { receptive = false } = {}): LayerTableModel {
  const fields = receptive ? receptiveFields(analysis.network, analysis.input) : [];
  const extra = (index: number) => {
    const field = fields[index];
    return field ? [receptiveFieldText(field.size, analysis.input)] : [];
  };
  const rows = analysis.layers.map((layer, index) => ({
    name: layer.name,
    cells: [...layerCells(layer), ...extra(index)],
  }));
  const { totals } = analysis;
  const total = {
    name: 'Total',
    cells: [
      NOT_APPLICABLE,
      NOT_APPLICABLE,
      formatCount(totals.weights),
      formatCount(totals.biases),
      parameterText(totals.trainable, totals.fixed),
      formatCount(totals.connections),
      formatCount(totals.macs),
      formatCount(totals.activations),
      ...(receptive ? [NOT_APPLICABLE] : []),
    ],
  };
  const caption = `${analysis.network.name} at a ${analysis.input.height}x${analysis.input.width} input`;
  const columns = receptive ? [...TABLE_COLUMNS, RECEPTIVE_FIELD] : TABLE_COLUMNS;
  return { columns, rows, total, caption, rowHeading: 'Layer' };
}

/** The columns that lead when a table must fit a phone: what a reader compares first. */
const LEADING_COLUMNS = ['Activation shape', 'Parameters', 'Connections'];

/**
 * The same table with the shape, parameters and connections first, so that on
 * a narrow screen the counts are in view before the table scrolls.
 */
export function countsFirst(model: LayerTableModel): LayerTableModel {
  const order = [
    ...LEADING_COLUMNS.map((name) => model.columns.indexOf(name)).filter((index) => index >= 0),
    ...model.columns.flatMap((name, index) => (LEADING_COLUMNS.includes(name) ? [] : [index])),
  ];
  const reorder = (row: TableRow): TableRow => ({ ...row, cells: order.map((index) => row.cells[index] ?? '') });
  return {
    ...model,
    columns: order.map((index) => model.columns[index]!),
    rows: model.rows.map(reorder),
    ...(model.total ? { total: reorder(model.total) } : {}),
  };
}
