export * from './layer-sketch.ts';
export * from './architecture.ts';
export * from './draw-architecture.ts';
export * from './draw-breakdown.ts';
export * from './draw-c3-matrix.ts';
