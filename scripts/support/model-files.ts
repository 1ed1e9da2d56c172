import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEIGHTS_FILE, type SavedModel } from '../../src/lib/model/artifacts.ts';

export function writeSavedModel(directory: string, saved: SavedModel): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'model.json'), saved.modelJson);
  writeFileSync(join(directory, WEIGHTS_FILE), saved.weights);
}

export function readSavedModel(directory: string): SavedModel {
  return {
    modelJson: readFileSync(join(directory, 'model.json'), 'utf8'),
    weights: new Uint8Array(readFileSync(join(directory, WEIGHTS_FILE))),
  };
}
