export * from './centre.ts';
export * from './fit.ts';
export * from './ink.ts';
export * from './preprocess-drawing.ts';
export * from './strip.ts';
export * from './saved-drawing.ts';
