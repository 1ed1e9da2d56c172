export * from './npz.ts';
export * from './torch-state.ts';
export * from './pretrained-models.ts';
export * from './fetch-weights.ts';
export * from './float16.ts';
export * from './guide-weights.ts';
