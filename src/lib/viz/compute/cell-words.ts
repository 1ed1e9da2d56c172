import { select } from 'd3-selection';
import { SCALES, type ScaleKind } from './colour-scale.ts';
import type { PanelTile } from './draw-panel.ts';
import { cellColours } from './number-cells.ts';

/** The words on a tile's cells, each in black or white as reads best on its cell's colour. */
export function drawCellWords(tile: HTMLElement, panelTile: PanelTile, extent: number, kind: ScaleKind): void {
  const { ramp, signed } = SCALES[kind];
  const words = (panelTile.cells ?? []).map((text, cell) => ({
    text,
    ink: cellColours(panelTile.values[cell]!, extent, ramp(), signed).ink,
  }));
  select(tile)
    .selectAll('div.compute-cell-words')
    .data(words.length ? [panelTile] : [])
    .join((enter) =>
      enter.insert('div', '.compute-mark').attr('class', 'compute-cell-words').attr('aria-hidden', 'true'),
    )
    .style('grid-template-columns', `repeat(${panelTile.columns}, 1fr)`)
    .style('grid-template-rows', `repeat(${panelTile.rows}, 1fr)`)
    .selectAll('span')
    .data(words)
    .join('span')
    .text((word) => word.text)
    .style('color', (word) => word.ink);
}
