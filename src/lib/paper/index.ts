export * from './citation.ts';
export * from './results.ts';
export * from './training.ts';
export * from './eq9.ts';
