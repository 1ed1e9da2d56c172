import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The metadata a training script recorded in public/models/<name>/model.json, read when the site
 * is built, with the file's path for the message when a field the page needs is missing.
 */
export function committedMetadata<T>(name: string): { readonly file: string; readonly metadata: Partial<T> } {
  const file = join(process.cwd(), 'public', 'models', name, 'model.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { userDefinedMetadata?: Partial<T> };
  return { file, metadata: json.userDefinedMetadata ?? {} };
}
