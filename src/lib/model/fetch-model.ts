import { loadModel, metadataOf, WEIGHTS_FILE } from './artifacts.ts';
import type { tfl } from './tf.ts';

/** Loads a saved model from the site: `base` holds model.json and the weights file. */
export async function fetchModel(
  base: string,
  fetcher: typeof fetch = fetch,
): Promise<{ model: tfl.LayersModel; metadata: Record<string, unknown> }> {
  const [json, weights] = await Promise.all([fetcher(`${base}model.json`), fetcher(`${base}${WEIGHTS_FILE}`)]);
  for (const response of [json, weights]) {
    if (!response.ok) throw new Error(`Could not load the model at ${response.url || base}: HTTP ${response.status}.`);
  }
  const saved = { modelJson: await json.text(), weights: new Uint8Array(await weights.arrayBuffer()) };
  return { model: await loadModel(saved), metadata: metadataOf(saved) };
}
