import type { DistortionRanges } from '../../mnist/distortion-ranges.ts';
import type { PrintedEvent, PrintedOutcome } from '../../sdlm/printed-run.ts';
import type { NetworkSpec } from '../../lenet/spec.ts';
import type { Placement } from '../../mnist/placement.ts';
import type { NamedArray } from '../../weights/npz.ts';
import type { PaperRecipe } from '../../sdlm/recipe.ts';
import type { RunPartTimes } from '../run-parts.ts';

/** Digits of the quick mid-epoch check; the full 10,000 are tested after each epoch. */
export const QUICK_TEST_DIGITS = 1000;

export type BackendChoice = 'auto' | 'wasm' | 'webgl' | 'cpu';

export interface TrainingSettings {
  /** The network to train, in words for the reader ("LeNet-1 (1989)"). */
  readonly label: string;
  readonly network: NetworkSpec;
  /** Where the network reads a digit: its input size and the side of the digit's box. */
  readonly placement: Placement;
  /** Passes over the training digits; may be fractional with the cosine schedule. */
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  /** Multiplies the learning rate after each epoch, for the step schedule. */
  readonly decay: number;
  /** 'step': multiply by `decay` each epoch; 'cosine': anneal to zero over all `epochs`. */
  readonly schedule: 'step' | 'cosine';
  readonly seed: number;
  /** Largest random shift, in pixels, of each training digit; 0 trains on the digits as they are. */
  readonly maxShift?: number;
  /** Batches over which the rate rises from near zero to `learningRate` before the schedule; 0 or absent for none. */
  readonly warmupSteps?: number;
  /** Decay of the moving average of the weights that tests and kept weights use; 0 or absent for the weights as trained. */
  readonly averageDecay?: number;
  /** Trains on Section III-B's enlarged set, the originals and nine distortions of each within these ranges. */
  readonly distort?: DistortionRanges;
  readonly backend: BackendChoice;
  /** Where the worker finds the wasm binaries and the MNIST assets. */
  readonly wasmPath: string;
  readonly dataPath: string;
  /** Test the model every this many batches as well as after each epoch; 0 for epochs only. */
  readonly testEvery?: number;
  /**
   * Train by the paper's recipe (SDLM, Eq. 9) with these settings instead of Adam:
   * each pass is an epoch, and the batch size, learning rate and schedule above are not used.
   */
  readonly recipe?: PaperRecipe;
  /**
   * With `recipe`: instead of training, run the first pass with eta as printed,
   * digit by digit, and show where it diverges.
   */
  readonly printed?: boolean;
}

export type ToWorker =
  | { readonly type: 'start'; readonly settings: TrainingSettings }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'stop' }
  /** Asks the model being trained for its ten scores on one digit: 28x28 bytes, placed as the network reads digits. */
  | { readonly type: 'predict'; readonly id: number; readonly digit: Uint8Array };

export interface BackendMeasurement {
  readonly backend: string;
  readonly samplesPerSecond: number;
}

export type FromWorker =
  | {
      readonly type: 'backend';
      readonly backend: string;
      /** Threads, and why a backend was not tried, in words for the reader. */
      readonly detail: string;
      readonly measurements: readonly BackendMeasurement[];
      /** The threads the run would have on a cross-origin isolated page, where that is more than it has. */
      readonly threadsIfIsolated?: number;
      /** Which layer's field keeps the network off the lane engine, and what would let it on, in words; absent when none does. */
      readonly laneRefusal?: string;
    }
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
      /** Epochs of training so far, fractional. */
      readonly epochs: number;
      readonly testAccuracy: number;
      /** True for all 10,000 test digits; false for the quick check on the first 1,000. */
      readonly full: boolean;
      /** confusion[label * 10 + predicted] */
      readonly confusion: readonly number[];
      /** The class given to each test digit checked. */
      readonly predictions: Uint8Array;
      readonly seconds: number;
    }
  /** A few digits of the batch just trained, as the network saw them (28x28 bytes each), when distorting. */
  | { readonly type: 'samples'; readonly digits: Uint8Array; readonly count: number }
  /** The printed recipe's run: its step sizes, each digit's loss and F6 saturation, and how it ended. */
  | {
      readonly type: 'printed';
      readonly event: PrintedEvent;
      /** Seconds since the run began. */
      readonly seconds: number;
    }
  | { readonly type: 'printed-end'; readonly outcome: PrintedOutcome }
  /** The model's weights after each full test, for the reader to keep and download. */
  | {
      readonly type: 'weights';
      readonly epochs: number;
      readonly testAccuracy: number;
      readonly weights: readonly NamedArray[];
    }
  | { readonly type: 'paused' }
  /** `parts`: where the training's time went (Adam runs; see RunParts). */
  | { readonly type: 'done'; readonly seconds: number; readonly tensors: number; readonly parts?: RunPartTimes }
  /** After a stop: the tensors left, and how many there were before training began. */
  | { readonly type: 'stopped'; readonly tensors: number; readonly baseline: number }
  | {
      readonly type: 'prediction';
      readonly id: number;
      /** Undefined until the first batch has built the model. */
      readonly scores: readonly number[] | undefined;
    }
  | { readonly type: 'error'; readonly message: string };
