export * from './citation.ts';
export * from './results.ts';
export * from './training.ts';
