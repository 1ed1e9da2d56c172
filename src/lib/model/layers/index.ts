export * from './rbf-output.ts';
export * from './scaled-tanh.ts';
export * from './sparse-conv2d.ts';
export * from './trainable-subsampling.ts';
export * from './plain-conv2d.ts';
