import { formatCount, linkCount, type Analysis, type LenetError, type NetworkSpec } from '../../lib/lenet/index.ts';
import { drawConnectionMatrix } from '../../lib/viz/index.ts';

/** One connection table to show: the convolution at `index`, and the layer it reads. */
export interface ShownTable {
  readonly index: number;
  readonly from: string;
  readonly to: string;
  readonly matrix: readonly (readonly boolean[])[];
}

/** Every convolution of the network that reads its input maps through a table. */
export function tablesOf(network: NetworkSpec): ShownTable[] {
  return network.layers.flatMap((layer, index) =>
    layer.kind === 'convolution' && layer.connections.type === 'table'
      ? [{ index, from: network.layers[index - 1]!.name, to: layer.name, matrix: layer.connections.matrix }]
      : [],
  );
}

/**
 * The connection tables, one editable grid each. The grids are rebuilt only when
 * the set of tables changes, so that a pressed cell keeps its focus.
 */
export function tablesView(container: HTMLElement, onToggle: (index: number, input: number, output: number) => void) {
  let drawn = '';
  let blocks: { table: HTMLTableElement; count: HTMLElement; drawn?: string }[] = [];

  const block = (shown: ShownTable) => {
    const wrapper = document.createElement('div');
    const heading = Object.assign(document.createElement('h3'), { textContent: `${shown.to}'s table` });
    const scroll = Object.assign(document.createElement('div'), { className: 'table-scroll', tabIndex: 0 });
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', `${shown.to} connection table`);
    const table = Object.assign(document.createElement('table'), {
      className: 'c3-matrix',
      id: `${shown.to.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-matrix`,
    });
    table.createCaption().textContent = `${shown.from} maps (rows) feeding ${shown.to} maps (columns)`;
    scroll.append(table);
    const count = document.createElement('p');
    count.setAttribute('aria-live', 'polite');
    wrapper.append(heading, scroll, count);
    return { wrapper, table, count };
  };

  /** `analysis` is the shown network's, as far as it computes; `failure` says where it stops, if it does. */
  return (tables: readonly ShownTable[], analysis: Analysis | undefined, failure: LenetError | undefined) => {
    const key = tables
      .map((shown) => `${shown.index}:${shown.from}:${shown.to}:${shown.matrix.length}x${shown.matrix[0]?.length}`)
      .join('|');
    if (key !== drawn) {
      const made = tables.map(block);
      container.replaceChildren(...made.map((entry) => entry.wrapper));
      blocks = made;
      drawn = key;
    }
    tables.forEach((shown, i) => {
      const block = blocks[i]!;
      const { table, count } = block;
      const cells = shown.matrix.map((row) => row.map(Number).join('')).join('/');
      if (block.drawn !== cells) {
        drawConnectionMatrix(table, shown.matrix, (input, output) => onToggle(shown.index, input, output), shown);
        block.drawn = cells;
      }
      const layer = analysis?.layers.find((candidate) => candidate.name === shown.to);
      const links = `${linkCount(shown.matrix)} of ${shown.matrix.length * (shown.matrix[0]?.length ?? 0)} links`;
      const network =
        !failure && analysis ? `; the network: ${formatCount(analysis.totals.trainable)} trainable parameters` : '';
      const stops = failure?.layer === shown.to ? '' : `, before ${shown.to}`;
      count.textContent = layer
        ? `${shown.to}: ${links}, ${formatCount(layer.trainable)} parameters, ${formatCount(layer.connections)} connections${network}.`
        : `${shown.to}: ${links}; the network stops at ${failure?.layer ?? 'a layer'}${stops}, so ${shown.to} has no count.`;
    });
    if (tables.length === 0)
      container.replaceChildren(
        Object.assign(document.createElement('p'), {
          textContent:
            'Every convolution of this network reads all the maps before it. Set "Input maps" to "A table" for one above to give it a table here.',
        }),
      );
    if (tables.length === 0) drawn = '';
  };
}
