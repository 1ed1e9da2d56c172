export * from './dataset.ts';
export * from './idx.ts';
export * from './preprocess.ts';
export * from './fetch.ts';
export * from './input-statistics.ts';
export * from './placement.ts';
export * from './guide-digits.ts';
