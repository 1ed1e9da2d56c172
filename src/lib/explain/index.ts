export * from './unit.ts';
export * from './work.ts';
export * from './window.ts';
export * from './terms.ts';
export * from './explain.ts';
export * from './describe.ts';
