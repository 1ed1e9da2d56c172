import type { NetworkSpec } from '../lenet/spec.ts';
import { placedBatch, randomShifts, shuffledIndices, type Batch, type MnistSet } from '../mnist/dataset.ts';
import type { DistortionRanges } from '../mnist/distortion-ranges.ts';
import { distortedBatch, distortedSet, patternsOfPass } from '../mnist/distorted-set.ts';
import { LENET5_PLACEMENT, type Placement } from '../mnist/placement.ts';
import { buildModel } from './build.ts';
import { HostAdam } from './host-adam.ts';
import { classifierOf, lossFor, perDigit, type Classifier } from './loss.ts';
import { predictSet } from './predict.ts';
import { RunParts } from './run-parts.ts';
import { tf, type tfl } from './tf.ts';

export interface TrainerOptions {
  readonly network: NetworkSpec;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
  /** Where the network reads a digit; the paper's 32x32 when left out. */
  readonly placement?: Placement;
  /** Largest random shift, in pixels, of each training digit inside the input. */
  readonly maxShift?: number;
  /** Multiplies the learning rate after each epoch (1: constant). */
  readonly decay?: number;
  /**
   * Anneals the learning rate to zero along half a cosine over this many batches,
   * and stops there; a short run then ends with small, precise steps.
   */
  readonly cosineSteps?: number;
  /**
   * Raises the rate linearly from rate/W to the full rate over the first W batches;
   * a cosine schedule then anneals over the batches that are left.
   */
  readonly warmupSteps?: number;
  /**
   * Keeps an exponential moving average of the weights, which moves this fraction of
   * the way less toward the weights after each step (0 or absent: none). Tests and
   * predictions then use the average, bias-corrected as Adam corrects its moments.
   */
  readonly averageDecay?: number;
  /**
   * Trains a softmax output against labels smoothed by this much (the label keeps 1 - s, every class
   * gets s / classes); the lane engine only, for the recipe sweep: it did not help (issue 27).
   */
  readonly labelSmoothing?: number;
  /**
   * Trains on Section III-B's enlarged set instead: the originals and nine
   * distortions of each within these ranges, a tenth of it per epoch.
   */
  readonly distort?: DistortionRanges;
}

export interface EpochProgress {
  readonly epoch: number;
  readonly batch: number;
  readonly batches: number;
  readonly loss: number;
  readonly samplesPerSecond: number;
  /** The batch's patterns: digit numbers, or with `distort` numbers in the enlarged set. */
  readonly patterns: Uint32Array;
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** Trains a LeNet-5 built from a spec on MNIST, the same way in Node and in a browser worker. */
export class Trainer {
  private readonly built: tfl.LayersModel;
  readonly classifier: Classifier;
  private readonly optimizer: HostAdam;
  private readonly loss: ReturnType<typeof lossFor>;
  /** The variables each step differentiates: the model's own trainable weights, fixed once it is built. */
  private readonly variables: tf.Variable[];
  private epochsDone = 0;
  private steps = 0;
  /** The moving average of the weights, started at zero, and how many steps it has taken in. */
  private average: Float32Array[] | undefined;
  private averaged = 0;
  readonly options: TrainerOptions;
  readonly placement: Placement;
  /** Where the epochs' time has gone so far, part by part. */
  readonly parts = new RunParts();
  /**
   * The batch's inputs, placed into the same array batch after batch: in the browser's worker a fresh
   * array for each batch made placing the digits take a tenth of the run (npm run profile -- --run).
   */
  private inputs: Float32Array | undefined;

  constructor(options: TrainerOptions) {
    this.options = options;
    this.placement = options.placement ?? LENET5_PLACEMENT;
    this.built = buildModel(options.network, this.placement.input, { seed: options.seed });
    this.classifier = classifierOf(options.network);
    this.loss = lossFor(this.classifier);
    // A layer's read() hands back the tf.Variable it holds, typed only as a Tensor.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    this.variables = this.built.trainableWeights.map((weight) => weight.read() as tf.Variable);
    this.optimizer = new HostAdam({ learningRate: options.learningRate });
  }

  /** The tfjs model, holding the weights trained so far. */
  get model(): tfl.LayersModel {
    this.syncModel();
    return this.built;
  }

  /** Brings the tfjs model up to date, for a trainer whose steps run elsewhere. */
  protected syncModel(): void {}

  /** Sets the step size of the batches that follow. */
  setLearningRate(rate: number): void {
    this.optimizer.learningRate = rate;
  }

  /** The step size the next batch uses under the schedule. */
  scheduledRate(): number {
    const { learningRate, decay = 1, cosineSteps, warmupSteps = 0 } = this.options;
    if (this.steps < warmupSteps) return (learningRate * (this.steps + 1)) / warmupSteps;
    if (cosineSteps) {
      const span = Math.max(cosineSteps - warmupSteps, 1);
      const into = Math.min(this.steps - warmupSteps, span);
      return learningRate * 0.5 * (1 + Math.cos((Math.PI * into) / span));
    }
    return learningRate * decay ** this.epochsDone;
  }

  /** True once a cosine schedule has run its course. */
  get finished(): boolean {
    return this.options.cosineSteps !== undefined && this.steps >= this.options.cosineSteps;
  }

  get epochs(): number {
    return this.epochsDone;
  }

  /** One optimiser step on one batch; returns the batch's loss. */
  trainBatch(batch: Batch): number {
    const rate = this.scheduledRate();
    this.steps++;
    const loss = this.step(batch, rate);
    this.updateAverage();
    return loss;
  }

  /** The live weights, one array per tensor in a fixed order; read them, do not keep them. */
  protected liveWeights(): Float32Array[] {
    return this.variables.map((variable) => variable.dataSync() as Float32Array);
  }

  /** Writes arrays shaped as `liveWeights` gives them over the live weights. */
  protected setLiveWeights(arrays: readonly Float32Array[]): void {
    this.variables.forEach((variable, i) =>
      tf.tidy(() => variable.assign(tf.tensor(arrays[i]!, variable.shape, 'float32'))),
    );
  }

  /** Moves the average toward the weights just stepped to, once a step. */
  private updateAverage(): void {
    const decay = this.options.averageDecay ?? 0;
    if (decay <= 0) return;
    this.moveAverage(decay);
    this.averaged++;
  }

  /** One pass over the weights: the average keeps `decay` of itself and takes the rest from them. */
  protected moveAverage(decay: number): void {
    const live = this.liveWeights();
    this.average ??= live.map((array) => new Float32Array(array.length));
    const take = 1 - decay;
    live.forEach((array, i) => {
      const average = this.average![i]!;
      for (let k = 0; k < array.length; k++) average[k] = decay * average[k]! + take * array[k]!;
    });
  }

  /** The average as `moveAverage` left it, arrays as `liveWeights` gives them; undefined before it began. */
  protected averageArrays(): readonly Float32Array[] | undefined {
    return this.average;
  }

  /**
   * The averaged weights, arrays as `liveWeights` gives them, divided by 1 - decay^steps so that
   * the zeros they started from do not weigh on them; undefined without averaging or before a step.
   */
  averagedWeights(): Float32Array[] | undefined {
    const average = this.averageArrays();
    if (!average || this.averaged === 0) return undefined;
    const correction = 1 - (this.options.averageDecay ?? 0) ** this.averaged;
    return average.map((array) => array.map((value) => value / correction));
  }

  /**
   * Runs `read` with the averaged weights in place of the live ones, which are put back after;
   * without averaging it simply runs `read`. Tests, predictions and kept weights read through this.
   */
  withAveragedWeights<T>(read: () => T): T {
    const averaged = this.averagedWeights();
    if (!averaged) return read();
    const saved = this.liveWeights().map((array) => Float32Array.from(array));
    this.setLiveWeights(averaged);
    try {
      return read();
    } finally {
      this.setLiveWeights(saved);
    }
  }

  /** One step of Adam at `rate`, through tfjs's gradients. */
  protected step(batch: Batch, rate: number): number {
    this.setLearningRate(rate);
    const { value, grads } = tf.tidy(() => {
      const x = tf.tensor4d(batch.inputs, [batch.count, batch.size.height, batch.size.width, 1]);
      const labels = tf.tensor1d(batch.labels, 'int32');
      return tf.variableGrads(
        () => this.loss(perDigit(this.built.apply(x, { training: true }) as tf.Tensor), labels),
        this.variables,
      );
    });
    this.optimizer.applyGradients(grads);
    const loss = value.dataSync()[0]!;
    tf.dispose([value, grads]);
    return loss;
  }

  /**
   * One pass over `set` in a seeded order. `onBatch` may return false to stop
   * early; `between` runs after each batch, where a worker yields to its messages.
   */
  async trainEpoch(
    set: MnistSet,
    onBatch?: (progress: EpochProgress) => unknown,
    between?: () => Promise<void>,
  ): Promise<number> {
    const { batchSize, seed, maxShift = 0, distort } = this.options;
    const enlarged = distort ? distortedSet(set, seed, distort) : undefined;
    const order = enlarged
      ? patternsOfPass(enlarged, this.epochsDone)
      : shuffledIndices(set.count, seed + this.epochsDone);
    const batches = Math.floor(set.count / batchSize);
    const started = now();
    let lossSum = 0;
    let done = 0;
    const parts = this.parts;
    for (let batch = 0; batch < batches; batch++) {
      const indices = order.subarray(batch * batchSize, (batch + 1) * batchSize);
      const shiftSeed = seed * 7919 + this.epochsDone * 104729 + batch;
      const shifts = enlarged ? undefined : parts.time('shifts', () => randomShifts(batchSize, maxShift, shiftSeed));
      const input = parts.time('batches', () =>
        enlarged
          ? distortedBatch(enlarged, indices, this.placement)
          : placedBatch(set, indices, shifts, this.placement, this.inputsFor(batchSize)),
      );
      const loss = parts.time('kernels', () => this.trainBatch(input));
      lossSum += loss;
      done++;
      const samplesPerSecond = ((batch + 1) * batchSize * 1000) / Math.max(now() - started, 1);
      const progress = { epoch: this.epochsDone, batch, batches, loss, samplesPerSecond, patterns: indices };
      const stop = parts.time('messages', () => onBatch?.(progress)) === false;
      if (stop || this.finished) break;
      if (between) await parts.timeAsync('yields', between);
    }
    this.epochsDone++;
    return lossSum / Math.max(done, 1);
  }

  private inputsFor(count: number): Float32Array {
    const length = count * this.placement.input.height * this.placement.input.width;
    if (this.inputs?.length !== length) this.inputs = new Float32Array(length);
    return this.inputs;
  }

  /** Predicted classes for `set`. */
  predict(set: MnistSet): Uint8Array {
    return this.withAveragedWeights(() => predictSet(this.model, set, this.placement));
  }

  dispose(): void {
    this.built.dispose();
  }
}

export { accuracyOf } from './predict.ts';
