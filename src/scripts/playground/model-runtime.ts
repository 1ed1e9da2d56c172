// Everything that needs tfjs, loaded only when the reader first draws, picks or trains.
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { Strip } from '../../lib/drawing/index.ts';
import { BUILT_PRESETS, preset } from '../../lib/lenet/index.ts';
import type { PretrainedModel } from '../../lib/weights/pretrained.ts';
import { fetchModel } from '../../lib/model/fetch-model.ts';
import { Inspector } from '../../lib/model/inspect.ts';
import { answersAlong, replicate } from '../../lib/model/replicate.ts';
import { tf, type tfl } from '../../lib/model/tf.ts';

export interface Pretrained {
  readonly model: tfl.LayersModel;
  readonly inspector: Inspector;
  readonly testError: number | undefined;
}

export interface Runtime {
  readonly backend: string;
  /** A shipped model by its folder under /models/, with its registry network's inspector. */
  pretrained(name: PretrainedModel): Promise<Pretrained>;
  /** The class the pretrained paper network reads at every C5 position of the strip. */
  readStrip(strip: Strip): Promise<number[]>;
}

export async function startRuntime(): Promise<Runtime> {
  setWasmPaths('/wasm/');
  // One digit at a time needs no threads, and Vite's minifier breaks the threaded build's start-up.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  let backend = 'wasm';
  try {
    if (!(await tf.setBackend('wasm'))) throw new Error('wasm unavailable');
  } catch {
    backend = 'cpu';
    await tf.setBackend('cpu');
  }
  const loaded = new Map<PretrainedModel, Promise<Pretrained>>();
  const wide = new Map<number, tfl.LayersModel>();
  const pretrained = (name: PretrainedModel) => {
    let entry = loaded.get(name);
    if (!entry) {
      const network = BUILT_PRESETS.find((built) => built.preset === name)!.network;
      entry = fetchModel(`/models/${name}/`).then(({ model, metadata }) => ({
        model,
        inspector: new Inspector(model, network),
        testError: typeof metadata['testError'] === 'number' ? metadata['testError'] : undefined,
      }));
      entry.catch(() => loaded.delete(name));
      loaded.set(name, entry);
    }
    return entry;
  };
  return {
    backend,
    pretrained,
    async readStrip(strip) {
      const { model } = await pretrained('paper');
      let replicated = wide.get(strip.width);
      if (!replicated) {
        replicated = replicate(model, preset('paper'), strip.width);
        wide.set(strip.width, replicated);
      }
      return answersAlong(replicated, strip.input, strip.width);
    },
  };
}
