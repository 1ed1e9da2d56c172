import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEIGHTS_FILE } from '../model/artifacts.ts';
import { packGuideWeights, type WeightSpec } from './guide-weights.ts';
import type { PretrainedModel } from './pretrained-models.ts';
import { weightsFromManifest, type TfjsWeights } from './torch-state.ts';

const MODELS = join(import.meta.dirname, '..', '..', '..', 'public', 'models');

/** A committed pretrained model as tests read it: its files, its weights by name, and its guide file. */
export interface CommittedModel {
  readonly modelJson: string;
  readonly bytes: Uint8Array;
  readonly specs: readonly WeightSpec[];
  readonly weights: TfjsWeights;
  /** The half-precision file the guide's figures fetch, packed as prepare:data packs it. */
  readonly guide: Uint8Array;
}

export function committedModel(name: PretrainedModel): CommittedModel {
  const modelJson = readFileSync(join(MODELS, name, 'model.json'), 'utf8');
  const bytes = new Uint8Array(readFileSync(join(MODELS, name, WEIGHTS_FILE)));
  const manifest = (JSON.parse(modelJson) as { weightsManifest: { weights: { name: string; shape: number[] }[] }[] })
    .weightsManifest[0]!.weights;
  const specs = manifest.map(({ name: weight, shape }) => ({ name: weight, shape }));
  return {
    modelJson,
    bytes,
    specs,
    weights: weightsFromManifest(manifest, bytes),
    guide: packGuideWeights(specs, new Float32Array(bytes.buffer.slice(0))),
  };
}
