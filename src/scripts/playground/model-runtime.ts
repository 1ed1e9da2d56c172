// Everything that needs tfjs, loaded only when the reader first draws, picks or trains.
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { Ink } from '../../lib/drawing/index.ts';
import type { NetworkSpec } from '../../lib/lenet/index.ts';
import { placeDigits, type Placement } from '../../lib/mnist/placement.ts';
import type { NamedArray } from '../../lib/weights/npz.ts';
import { modelOf } from '../../lib/model/build.ts';
import { perDigit } from '../../lib/model/loss.ts';
import { setNamedWeights } from '../../lib/model/named-weights.ts';
import { builtOf, type PretrainedModel } from '../../lib/weights/pretrained-models.ts';
import { fetchModel } from '../../lib/model/fetch-model.ts';
import { Inspector } from '../../lib/model/inspect.ts';
import { tf, type tfl } from '../../lib/model/tf.ts';
import { cropColumns } from '../../lib/sdnn/compose.ts';
import { LINE_LIMITS } from '../../lib/sdnn/drawn-line.ts';
import { LineReader } from '../../lib/sdnn/line-reader.ts';
import { paddedWidth, positionsFor, readingOf, type LineReading } from '../../lib/sdnn/line-reading.ts';
import { SDNN_CLASSES } from '../../lib/sdnn/sdnn-network.ts';
import { withBase } from '../../utils/base-path.ts';

export interface Pretrained {
  readonly model: tfl.LayersModel;
  readonly inspector: Inspector;
  readonly testError: number | undefined;
}

/** A network the reader trained, rebuilt on this page from its kept weights. */
export interface TrainedReader {
  /** Its ten scores for a 28x28 digit (bytes), placed as it was trained to read digits. */
  scores(digit: Uint8Array): number[];
  dispose(): void;
}

/** The kept network in tfjs on the page, so that it reads the pad with no worker and no training running. */
function trainedReader(trained: {
  readonly network: NetworkSpec;
  readonly placement: Placement;
  readonly weights: readonly NamedArray[];
}): TrainedReader {
  const { network, placement, weights } = trained;
  const built = modelOf(network, placement.input);
  if (!built.ok) throw new Error(built.error.message);
  const model = built.value;
  setNamedWeights(model, new Map(weights.map((array) => [array.name, array])));
  const shape: [number, number, number, number] = [1, placement.input.height, placement.input.width, 1];
  return {
    scores: (digit) =>
      Array.from(
        tf.tidy(() =>
          perDigit(model.predict(tf.tensor4d(placeDigits(digit, 1, placement), shape)) as tf.Tensor).dataSync(),
        ),
      ),
    dispose: () => model.dispose(),
  };
}

export interface Runtime {
  readonly backend: string;
  /** A shipped model by its folder under /models/, with its registry network's inspector. */
  pretrained(name: PretrainedModel): Promise<Pretrained>;
  /** Section VII's SDNN (public/models/sdnn) over a line of LINE_HEIGHT rows and at most LINE_LIMITS.columns. */
  readLine(ink: Ink): Promise<LineReading>;
  /** A network trained here, from its kept weights; it throws when they do not fit the network. */
  trained: typeof trainedReader;
}

/**
 * The SDNN, fetched the first time a line is read. Every line is read at the widest width allowed,
 * padded with paper, so that one replicated network serves them all; a position's scores depend only
 * on its own window, so those of the line's own positions are the same as at the line's width.
 */
function lineReading(): (ink: Ink) => Promise<LineReading> {
  let reader: Promise<LineReader> | undefined;
  const width = paddedWidth(LINE_LIMITS.columns);
  return async (ink) => {
    if (ink.width > LINE_LIMITS.columns)
      throw new RangeError(`A line is at most ${LINE_LIMITS.columns} pixels wide; this one is ${ink.width}.`);
    reader ??= fetchModel(withBase('/models/sdnn/')).then(({ model }) => new LineReader(model));
    reader.catch(() => (reader = undefined));
    const scores = (await reader).scores(cropColumns(ink, 0, width));
    return readingOf(scores.slice(0, positionsFor(ink.width) * SDNN_CLASSES));
  };
}

export async function startRuntime(): Promise<Runtime> {
  setWasmPaths(withBase('/wasm/'));
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
  const pretrained = (name: PretrainedModel) => {
    let entry = loaded.get(name);
    if (!entry) {
      const network = builtOf(name).network;
      entry = fetchModel(withBase(`/models/${name}/`)).then(({ model, metadata }) => ({
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
    trained: trainedReader,
    readLine: lineReading(),
  };
}
