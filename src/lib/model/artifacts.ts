import { tf, tfl } from './tf.ts';
import './layers/index.ts';

export const WEIGHTS_FILE = 'weights.bin';

/** What a saved model is on disk or on the site: model.json plus one weights file. */
export interface SavedModel {
  readonly modelJson: string;
  readonly weights: Uint8Array;
}

function concatWeights(data: ArrayBuffer | ArrayBuffer[] | undefined): Uint8Array {
  const parts = data === undefined ? [] : Array.isArray(data) ? data : [data];
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(new Uint8Array(part), offset);
    offset += part.byteLength;
  }
  return bytes;
}

/** Serialises a model in tfjs's standard layers-model format, with `metadata` kept alongside. */
export async function saveModel(model: tfl.LayersModel, metadata: Record<string, unknown> = {}): Promise<SavedModel> {
  let saved: SavedModel | undefined;
  await model.save(
    tf.io.withSaveHandler((artifacts) => {
      const json = {
        format: 'layers-model',
        generatedBy: 'lenet5-explorer',
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
        userDefinedMetadata: metadata,
      };
      saved = {
        modelJson: JSON.stringify(json),
        weights: concatWeights(artifacts.weightData),
      };
      return Promise.resolve({ modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } });
    }),
  );
  if (!saved) throw new Error('The model was not saved.');
  return saved;
}

/** Loads what saveModel wrote; the custom LeNet-5 layers are registered by this module. */
export async function loadModel({ modelJson, weights }: SavedModel): Promise<tfl.LayersModel> {
  const json = JSON.parse(modelJson) as {
    modelTopology: object;
    weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[];
  };
  const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
  const buffer = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  return tfl.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData: buffer }));
}

export function metadataOf({ modelJson }: SavedModel): Record<string, unknown> {
  return (JSON.parse(modelJson) as { userDefinedMetadata?: Record<string, unknown> }).userDefinedMetadata ?? {};
}
