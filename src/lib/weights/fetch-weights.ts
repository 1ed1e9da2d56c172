import { weightsFromManifest, type TfjsWeights } from './torch-state.ts';

interface ModelJson {
  readonly weightsManifest: readonly {
    readonly paths: readonly string[];
    readonly weights: readonly { name: string; shape: number[]; dtype?: string }[];
  }[];
}

/** A saved model's weights, read from its model.json and weights file without tfjs. */
export async function fetchWeights(base: string, fetcher: typeof fetch = fetch): Promise<TfjsWeights> {
  const json = await fetcher(`${base}model.json`);
  if (!json.ok) throw new Error(`Could not load ${base}model.json: HTTP ${json.status}.`);
  const { weightsManifest } = (await json.json()) as ModelJson;
  const group = weightsManifest[0];
  if (!group || group.paths.length !== 1) throw new Error(`${base}model.json should name one weights file.`);
  const bin = await fetcher(`${base}${group.paths[0]}`);
  if (!bin.ok) throw new Error(`Could not load ${base}${group.paths[0]}: HTTP ${bin.status}.`);
  return weightsFromManifest(group.weights, new Uint8Array(await bin.arrayBuffer()));
}
