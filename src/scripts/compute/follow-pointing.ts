import type { Unit } from '../../lib/explain/unit.ts';
import type { LayerPanels } from '../../lib/viz/compute/panels.ts';
import { keepClear } from './keep-clear.ts';
import { unitFromKey, unitFromPointer } from './pointing.ts';
import type { Stage } from './stage.ts';

export interface PointedFigure {
  /** The panels shown now, if any. */
  readonly panels: () => LayerPanels | undefined;
  /** The reader's unit, if any. */
  readonly unit: () => Unit | undefined;
  readonly select: (unit: Unit) => void;
}

/**
 * The reader picks a unit of the output maps with a mouse, a finger or the keyboard. A mouse points
 * (pointermove); a finger touches (pointerdown). Only a finished tap, not the start of a swipe, scrolls
 * its map up out from under the arithmetic.
 */
export function followPointing(stage: Stage, figure: PointedFigure): void {
  /** The map of the reader's unit, with its label, kept clear of the arithmetic on a phone. */
  const keepUnitClear = () => {
    const tile = stage.output.querySelector('.compute-mark:not([hidden])')?.closest('.compute-tile');
    if (tile) keepClear(tile, stage.frame);
  };
  const point = (event: PointerEvent) => {
    const panels = figure.panels();
    const next = panels && unitFromPointer(panels.output, event);
    if (next) figure.select(next);
  };
  stage.output.addEventListener('pointermove', point);
  stage.output.addEventListener('pointerdown', point);
  stage.output.addEventListener('click', keepUnitClear);
  stage.output.addEventListener('keydown', (event) => {
    const panels = figure.panels();
    const unit = figure.unit();
    const next = panels && unit && unitFromKey(panels.output, unit, event);
    if (!next) return;
    event.preventDefault();
    figure.select(next);
    keepUnitClear();
  });
  stage.output.addEventListener('focusin', (event) => {
    const tile = Number((event.target as HTMLElement).dataset['tile']);
    const panels = figure.panels();
    const unit = figure.unit();
    if (!panels || !unit || Number.isNaN(tile)) return;
    if (tile !== unit.map && !panels.output.layout.single) figure.select({ ...unit, map: tile });
    keepClear(event.target as HTMLElement, stage.frame);
  });
}
