import { committedMetadata } from './model-metadata.ts';

export interface SdnnMetadata {
  readonly steps: number;
  readonly batchSize: number;
  readonly testWindows: {
    readonly windows: number;
    readonly accuracy: number;
    readonly blankAccuracy: number;
    readonly characterAccuracy: number;
  };
}

/** What `npm run train -- --sdnn` recorded about the shipped SDNN, read when the site is built. */
export function sdnnMetadata(): SdnnMetadata {
  const { file, metadata } = committedMetadata<SdnnMetadata>('sdnn');
  const { steps, batchSize, testWindows } = metadata;
  if (typeof steps !== 'number' || typeof batchSize !== 'number' || typeof testWindows?.accuracy !== 'number')
    throw new Error(`${file} lacks the SDNN's training metadata.`);
  return { steps, batchSize, testWindows };
}
