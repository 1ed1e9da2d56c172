import type { Batch, MnistSet } from '../mnist/dataset.ts';
import { LENET5_PLACEMENT, placeImages } from '../mnist/placement.ts';
import { namedWeights } from '../model/named-weights.ts';
import { Trainer, type TrainerOptions } from '../model/trainer.ts';
import { tf } from '../model/tf.ts';
import { LaneEngine } from './engine.ts';
import type { LaneHelperStart } from './helper.ts';
import type { LaneModule } from './kernels.ts';
import { lanePlan } from './plan.ts';

/** A helper thread, as a Worker is one: it can be stopped. */
export interface LaneHelper {
  terminate(): unknown;
}

/** Digits per chunk when the engine predicts a whole set. */
const PREDICT_CHUNK = 500;

/**
 * The project's trainer with its steps in the lane engine: the same options,
 * schedule, digit order and shifts as `Trainer`, and the same tfjs model, which
 * is brought up to date whenever something reads it.
 */
export class LaneTrainer extends Trainer {
  readonly engine: LaneEngine;
  private stale = false;
  private readonly helper: LaneHelper | undefined;

  private constructor(options: TrainerOptions, engine: LaneEngine, helper: LaneHelper | undefined) {
    super(options);
    this.engine = engine;
    this.helper = helper;
    engine.setWeights(namedWeights(super.model));
  }

  /**
   * A lane trainer for these options, or undefined where the lane engine cannot
   * run the network. With `startHelper` (and the build for shared memory), a
   * second thread shares each batch once it is ready; until then, and if it
   * fails, this thread trains alone.
   */
  static async create(
    options: TrainerOptions,
    binary: LaneModule,
    startHelper?: (start: LaneHelperStart) => LaneHelper,
  ): Promise<LaneTrainer | undefined> {
    const placement = options.placement ?? LENET5_PLACEMENT;
    const planned = lanePlan(options.network, placement.input);
    if (!planned.ok) return undefined;
    const capacity = Math.max(options.batchSize, PREDICT_CHUNK);
    const plan = options.labelSmoothing ? { ...planned.plan, labelSmoothing: options.labelSmoothing } : planned.plan;
    const engine = await LaneEngine.create(plan, capacity, binary, startHelper ? 2 : 1);
    return new LaneTrainer(options, engine, startHelper?.(engine.helperStart()));
  }

  override dispose(): void {
    this.helper?.terminate();
    super.dispose();
  }

  protected override step(batch: Batch, rate: number): number {
    this.stale = true;
    return this.engine.step(batch, rate);
  }

  protected override liveWeights(): Float32Array[] {
    return [this.engine.parameters];
  }

  protected override setLiveWeights(arrays: readonly Float32Array[]): void {
    this.engine.parameters.set(arrays[0]!);
    this.stale = true;
  }

  /** In the engine, four weights at a time: in JavaScript the average took about 3% of a step. */
  protected override moveAverage(decay: number): void {
    this.engine.moveAverage(decay);
  }

  protected override averageArrays(): readonly Float32Array[] {
    return [this.engine.averaged];
  }

  protected override syncModel(): void {
    if (!this.stale) return;
    this.stale = false;
    const model = super.model;
    const weights = this.engine.weightsLike(namedWeights(model));
    const tensors = weights.map((weight) => tf.tensor(weight.data, [...weight.shape]));
    model.setWeights(tensors);
    tf.dispose(tensors);
  }

  /** The classes the engine gives `set`: the largest logit, or the nearest RBF prototype. */
  override predict(set: MnistSet): Uint8Array {
    return this.withAveragedWeights(() => this.predictLive(set));
  }

  private predictLive(set: MnistSet): Uint8Array {
    const predictions = new Uint8Array(set.count);
    const classes = this.engine.plan.classes;
    const nearest = this.engine.plan.layers.at(-1)?.kind === 'rbf';
    const inputSize = this.placement.input.height * this.placement.input.width;
    // One array for every chunk: a fresh one per chunk cost the browser's worker more than placing the digits.
    const chunkInputs = new Float32Array(Math.min(PREDICT_CHUNK, set.count) * inputSize);
    for (let start = 0; start < set.count; start += PREDICT_CHUNK) {
      const count = Math.min(PREDICT_CHUNK, set.count - start);
      const digits = Uint32Array.from({ length: count }, (_, i) => start + i);
      const inputs = placeImages(set.images, digits, this.placement, chunkInputs.subarray(0, count * inputSize));
      const outputs = this.engine.outputs(inputs, count);
      for (let digit = 0; digit < count; digit++) {
        let best = 0;
        for (let c = 1; c < classes; c++) {
          const value = outputs[digit * classes + c]!;
          const bestValue = outputs[digit * classes + best]!;
          if (nearest ? value < bestValue : value > bestValue) best = c;
        }
        predictions[start + digit] = best;
      }
    }
    return predictions;
  }
}
