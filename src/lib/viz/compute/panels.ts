import type { Computation } from '../../explain/explain.ts';
import type { Span } from '../../explain/unit.ts';
import type { UnitWork } from '../../explain/work.ts';
import type { LayerKind } from '../../lenet/spec.ts';
import { MNIST_SIDE } from '../../mnist/placement.ts';
import { signedExtent } from '../heatmap.ts';
import type { Panel, PanelTile } from './draw-panel.ts';
import { cellOf, tileLayout, tileValues, type MapsLike, type TileLayout } from './tiles.ts';

/** A panel with the layout its units are drawn in, so that a pointer or a key can find a unit. */
export interface LaidOutPanel extends Panel {
  readonly layout: TileLayout;
  readonly channels: number;
}

const KEYS = 'Arrow keys move between its units.';

function panelOf(
  title: string,
  layer: string,
  maps: MapsLike,
  focusable: boolean,
  extent = signedExtent(maps.values),
): LaidOutPanel {
  const layout = tileLayout(maps);
  const tiles: PanelTile[] = Array.from({ length: layout.tiles }, (_, tile) => ({
    label: layout.single ? `${maps.channels} units` : maps.channels === 1 ? '' : `map ${tile}`,
    name: layout.single
      ? `${layer}: ${maps.channels} units, in ${layout.rows} rows of ${layout.columns}.${focusable ? ` ${KEYS}` : ''}`
      : `${layer} map ${tile}: ${maps.height} by ${maps.width} units.${focusable ? ` ${KEYS}` : ''}`,
    rows: layout.rows,
    columns: layout.columns,
    values: tileValues(maps, layout, tile),
  }));
  return { title, tiles, extent, focusable, layout, channels: maps.channels };
}

/**
 * The classifier's panel: its units are the digits, written on their cells, and its values (squared
 * distances, or probabilities) are never negative, so that their scale starts at 0.
 */
function classifierPanel(panel: LaidOutPanel, layer: string): LaidOutPanel {
  const digits = Array.from({ length: panel.channels }, (_, unit) => String(unit));
  const tiles = panel.tiles.map((tile) => ({
    ...tile,
    name: `${layer}: ${panel.channels} units, one per digit, 0 to ${panel.channels - 1}, in ${tile.rows} rows of ${tile.columns}, each labelled with its digit. ${KEYS}`,
    cells: digits,
  }));
  return { ...panel, tiles, scale: 'from-zero' };
}

const asComputed = (panel: LaidOutPanel): LaidOutPanel => panel;

/** How each kind's own panel is drawn: a new kind is a type error here until it says. */
const OWN_PANEL: Readonly<Record<LayerKind, (panel: LaidOutPanel, layer: string) => LaidOutPanel>> = {
  input: asComputed,
  convolution: asComputed,
  subsampling: asComputed,
  full: asComputed,
  output: classifierPanel,
};

/** What a layer's figure shows: the layer below (or the MNIST digit, for the input), the layer, and the image. */
export interface LayerPanels {
  readonly input: LaidOutPanel;
  readonly output: LaidOutPanel;
  /** The network's input, with the unit's field on it; absent when the layer below is the image itself. */
  readonly image: LaidOutPanel | undefined;
  readonly below: string;
}

export function layerPanels(computation: Computation, index: number, digit: Uint8Array): LayerPanels {
  const { network, passes } = computation;
  const layer = network.layers[index]!.name;
  const image = passes[0]!.output;
  const title =
    index === 0
      ? `${layer}, the ${image.height}x${image.width} image the network reads`
      : `${layer}, what this layer computes`;
  const computed = panelOf(title, layer, passes[index]!.output, true);
  const output = OWN_PANEL[network.layers[index]!.kind](computed, layer);
  if (index === 0) {
    const mnist = { channels: 1, height: MNIST_SIDE, width: MNIST_SIDE, values: Float32Array.from(digit) };
    return {
      input: { ...panelOf('The MNIST digit, grey levels 0 to 255', 'MNIST digit', mnist, false, 255), scale: 'grey' },
      output,
      image: undefined,
      below: 'MNIST digit',
    };
  }
  const below = network.layers[index - 1]!.name;
  const reads = passes[index - 1]!.output;
  const what = index === 1 ? 'the image' : reads.height * reads.width > 1 ? 'the maps' : 'the units';
  const input = panelOf(`${below}, ${what} this layer reads`, below, reads, false);
  return {
    input,
    output,
    image:
      index === 1 ? undefined : panelOf(`${network.layers[0].name}, the image`, network.layers[0].name, image, false),
    below,
  };
}

/** Where the reader's unit is, what it reads, and which maps it ignores: the outlines the panels draw. */
export interface Marks {
  readonly output: Map<number, Span>;
  readonly input: Map<number, Span>;
  readonly dimmed: Set<number>;
  readonly image: Map<number, Span>;
}

const whole = (layout: TileLayout): Span => ({ top: 0, left: 0, height: layout.rows, width: layout.columns });

type Reads<K extends UnitWork['kind']> = (work: Extract<UnitWork, { kind: K }>, tile: number) => boolean;

/** Which maps below a unit reads: its table's, its own map's (subsampling), or all of them; a new kind of work is a type error here. */
const READS: { readonly [K in UnitWork['kind']]: Reads<K> } = {
  input: (work) => work.grey !== undefined,
  convolution: (work, tile) => work.links.some((link) => link.map === tile),
  subsampling: (work, tile) => tile === work.unit.map,
  full: () => true,
  distance: () => true,
  softmax: () => true,
};

export function marksOf(panels: LayerPanels, work: UnitWork): Marks {
  const at = cellOf(panels.output.layout, work.unit);
  const output = new Map([[at.tile, { top: at.row, left: at.column, height: 1, width: 1 }]]);
  const input = new Map<number, Span>();
  const dimmed = new Set<number>();
  const { layout } = panels.input;
  const reads = READS[work.kind] as Reads<UnitWork['kind']>;
  for (let tile = 0; tile < layout.tiles; tile++) {
    if (reads(work, tile)) input.set(tile, layout.single ? whole(layout) : work.window);
    else if (work.kind !== 'input') dimmed.add(tile);
  }
  return { output, input, dimmed, image: new Map(panels.image ? [[0, work.image]] : []) };
}
