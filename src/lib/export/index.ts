export * from './keras.ts';
export * from './plan.ts';
export * from './pytorch.ts';
export * from './table-files.ts';
export * from './tfjs.ts';
