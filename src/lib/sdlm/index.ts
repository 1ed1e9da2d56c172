export * from './loss.ts';
export * from './schedule.ts';
export * from './layers.ts';
export * from './network.ts';
export * from './trainer.ts';
export * from './recipe.ts';
export * from './run.ts';
