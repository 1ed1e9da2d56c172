export * from './forward.ts';
export * from './maps.ts';
