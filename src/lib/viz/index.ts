export * from './layer-sketch.ts';
