export * from './tiles.ts';
export * from './draw-panel.ts';
export * from './draw-legend.ts';
export * from './draw-work.ts';
export * from './number-grid.ts';
