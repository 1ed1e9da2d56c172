import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PretrainedModel } from '../lib/weights/pretrained-models.ts';

interface Metadata {
  readonly testError: number;
  readonly epochs: number;
  /** Test errors of the same recipe with other seeds, by seed, where they were measured. */
  readonly seedTestErrors?: Readonly<Record<string, number>>;
}

/** What `npm run train` recorded about a committed model, read when the site is built. */
export function pretrainedMetadata(name: PretrainedModel): Metadata {
  const file = join(process.cwd(), 'public', 'models', name, 'model.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { userDefinedMetadata?: Partial<Metadata> };
  const { testError, epochs, seedTestErrors } = json.userDefinedMetadata ?? {};
  if (typeof testError !== 'number' || typeof epochs !== 'number')
    throw new Error(`${file} lacks its training metadata.`);
  return { testError, epochs, ...(seedTestErrors ? { seedTestErrors } : {}) };
}
