export * from './layer-sketch.ts';
export * from './architecture.ts';
