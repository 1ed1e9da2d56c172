export * from './compose.ts';
export * from './sdnn-data.ts';
export * from './transducer.ts';
