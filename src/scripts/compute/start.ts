import { startComputeFigure } from './figure.ts';

/** Starts every "see it compute" figure on the page that has not started yet. */
export function startComputeFigures(figures: Iterable<HTMLElement>): void {
  for (const figure of figures) {
    if (figure.dataset['started']) continue;
    figure.dataset['started'] = 'true';
    startComputeFigure(figure);
  }
}
