export * from './entry.ts';
export * from './lenet1.ts';
export * from './lenet5-entries.ts';
export * from './registry.ts';
