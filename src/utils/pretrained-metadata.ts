import { committedMetadata } from './model-metadata.ts';
import type { PretrainedModel } from '../lib/weights/pretrained-models.ts';

interface Metadata {
  readonly testError: number;
  readonly epochs: number;
  /** Test errors of the same recipe with other seeds, by seed, where they were measured. */
  readonly seedTestErrors?: Readonly<Record<string, number>>;
}

/** What `npm run train` recorded about a committed model, read when the site is built. */
export function pretrainedMetadata(name: PretrainedModel): Metadata {
  const { file, metadata } = committedMetadata<Metadata>(name);
  const { testError, epochs, seedTestErrors } = metadata;
  if (typeof testError !== 'number' || typeof epochs !== 'number')
    throw new Error(`${file} lacks its training metadata.`);
  return { testError, epochs, ...(seedTestErrors ? { seedTestErrors } : {}) };
}
