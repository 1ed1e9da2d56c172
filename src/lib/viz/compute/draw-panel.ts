import { select } from 'd3-selection';
import type { Span } from '../../explain/unit.ts';
import { paintTile } from '../draw-feature-maps.ts';
import { SCALES, type ScaleKind } from './colour-scale.ts';
import { drawLegend } from './draw-legend.ts';
import { drawCellWords } from './cell-words.ts';

/** One picture of a panel: a map, or a grid of single units, with its caption. */
export interface PanelTile {
  readonly label: string;
  /** What a screen reader hears on reaching it, when the tile takes the focus. */
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  readonly values: Float32Array;
  /** Words written on each cell, row by row (the output layer's digits); none for a picture. */
  readonly cells?: readonly string[];
}

/** The input or the output side of a layer: its tiles on one colour scale. */
export interface Panel {
  readonly title: string;
  readonly tiles: readonly PanelTile[];
  /** The scale runs up to +extent, from -extent or from 0 as its kind says. */
  readonly extent: number;
  /** Signed unless said otherwise: grey levels, or values that cannot be negative, start at 0. */
  readonly scale?: ScaleKind;
  /** The output side's tiles take the focus, and arrow keys move within them. */
  readonly focusable: boolean;
}

/** Paints a panel's tiles; called when the digit or the network changes, not when the reader points. */
export function drawPanel(container: HTMLElement, panel: Panel): void {
  const root = select(container);
  const kind = panel.scale ?? 'signed';
  const scale = SCALES[kind];
  root
    .selectAll('p.compute-panel-title')
    .data([panel.title])
    .join('p')
    .attr('class', 'compute-panel-title')
    .text((title) => title);
  root
    .selectAll<SVGSVGElement, number>('svg.compute-legend')
    .data([panel.extent])
    .join('svg')
    .attr('class', 'compute-legend')
    .each(function (extent) {
      drawLegend(this, extent, kind);
    });
  root
    .selectAll('div.compute-tiles')
    .data([panel])
    .join('div')
    .attr('class', 'compute-tiles')
    .selectAll<HTMLDivElement, PanelTile>('div.compute-tile')
    .data(panel.tiles)
    .join((enter) =>
      enter
        .append('div')
        .attr('class', 'compute-tile')
        .call((tile) => tile.append('canvas').attr('aria-hidden', 'true'))
        .call((tile) => tile.append('div').attr('class', 'compute-mark').attr('hidden', ''))
        .call((tile) => tile.append('span').attr('class', 'compute-tile-label').attr('aria-hidden', 'true')),
    )
    .attr('data-tile', (_, index) => index)
    .attr('data-rows', (tile) => tile.rows)
    .attr('data-columns', (tile) => tile.columns)
    .attr('tabindex', panel.focusable ? 0 : null)
    .attr('role', panel.focusable ? 'application' : 'img')
    .attr('aria-roledescription', panel.focusable ? 'map of units' : null)
    .attr('aria-label', (tile) => tile.name)
    .each(function (tile) {
      const canvas = this.querySelector('canvas')!;
      paintTile(
        canvas,
        { name: tile.label, height: tile.rows, width: tile.columns, channels: 1, values: tile.values },
        panel.extent,
        scale.ramp(),
        scale.signed,
      );
      drawCellWords(this, tile, panel.extent, kind);
    })
    .select('span.compute-tile-label')
    .text((tile) => tile.label);
}

/**
 * Outlines `spans` (one per tile; none hides the outline) and dims the tiles in
 * `dimmed`: the light work done each time the reader points at a unit.
 */
export function markPanel(
  container: HTMLElement,
  spans: ReadonlyMap<number, Span>,
  dimmed: ReadonlySet<number> = new Set(),
): void {
  container.querySelectorAll<HTMLElement>('div.compute-tile').forEach((tile, index) => {
    tile.classList.toggle('compute-dimmed', dimmed.has(index));
    const mark = tile.querySelector<HTMLElement>('.compute-mark')!;
    const span = spans.get(index);
    mark.hidden = !span;
    if (!span) return;
    const rows = Number(tile.dataset['rows']);
    const columns = Number(tile.dataset['columns']);
    mark.style.top = `${(span.top / rows) * 100}%`;
    mark.style.left = `${(span.left / columns) * 100}%`;
    mark.style.height = `${(span.height / rows) * 100}%`;
    mark.style.width = `${(span.width / columns) * 100}%`;
  });
}
