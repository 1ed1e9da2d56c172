import type { Variant } from '../../lenet/switches.ts';

export type BackendChoice = 'auto' | 'wasm' | 'webgl' | 'cpu';

export interface TrainingSettings {
  readonly variant: Variant;
  /** A custom C3 table (6 x 16) from the explorer, if the reader made one. */
  readonly c3Table?: readonly (readonly boolean[])[];
  /** Passes over the training digits; may be fractional with the cosine schedule. */
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  /** Multiplies the learning rate after each epoch, for the step schedule. */
  readonly decay: number;
  /** 'step': multiply by `decay` each epoch; 'cosine': anneal to zero over all `epochs`. */
  readonly schedule: 'step' | 'cosine';
  readonly seed: number;
  readonly backend: BackendChoice;
  /** Where the worker finds the wasm binaries and the MNIST assets. */
  readonly wasmPath: string;
  readonly dataPath: string;
  /** Test the model every this many batches as well as after each epoch; 0 for epochs only. */
  readonly testEvery?: number;
}

export type ToWorker =
  | { readonly type: 'start'; readonly settings: TrainingSettings }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'stop' };

export interface BackendMeasurement {
  readonly backend: string;
  readonly samplesPerSecond: number;
}

export type FromWorker =
  | { readonly type: 'backend'; readonly backend: string; readonly measurements: readonly BackendMeasurement[] }
  | { readonly type: 'download'; readonly received: number; readonly total: number | undefined }
  | {
      readonly type: 'progress';
      readonly epoch: number;
      readonly batch: number;
      readonly batches: number;
      readonly loss: number;
      readonly samplesPerSecond: number;
      readonly seconds: number;
    }
  | {
      readonly type: 'tested';
      readonly epoch: number;
      readonly batch: number;
      readonly testAccuracy: number;
      /** confusion[label * 10 + predicted] */
      readonly confusion: readonly number[];
      readonly seconds: number;
    }
  | { readonly type: 'paused' }
  | { readonly type: 'done'; readonly seconds: number; readonly tensors: number }
  | { readonly type: 'error'; readonly message: string };
