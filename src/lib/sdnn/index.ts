export * from './compose.ts';
export * from './sdnn-data.ts';
export * from './transducer.ts';
export * from './components.ts';
export * from './string-metrics.ts';
