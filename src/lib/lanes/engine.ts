import type { Batch } from '../mnist/dataset.ts';
import { PROTOTYPES } from '../lenet/prototypes.ts';
import type { NamedArray } from '../weights/npz.ts';
import { instantiateLanes } from './kernels.ts';
import type { LaneKernels, LaneModule } from './kernels.ts';
import { bitsOf, floatOf, type LaneHelperStart } from './helper.ts';
import { pagesFor } from './layout.ts';
import { CONTROL, FORWARD, laneMemoryMap, TRAIN, type LaneMemoryMap } from './memory-map.ts';
import type { LanePlan } from './plan.ts';
import type { ThreadStep, SharedBuffers } from './thread-step.ts';

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-7;

/** How long the main thread waits for a helper before doing the helper's share itself. */
const HELPER_PATIENCE_MS = 5000;

/**
 * Trains a network of the lane plan with Adam, in one wasm memory: the
 * parameters, Adam's moments, the batch, and one thread step (working memory)
 * per thread. With a helper thread, which shares the memory, each batch is split
 * between the two threads and their gradients added before the step.
 */
export class LaneEngine {
  readonly plan: LanePlan;
  readonly capacity: number;
  private readonly kernels: LaneKernels;
  private readonly memory: WebAssembly.Memory;
  private readonly module: WebAssembly.Module;
  private readonly map: LaneMemoryMap;
  private readonly shared: SharedBuffers;
  private readonly mainThread: ThreadStep;
  private readonly control: Int32Array;
  private helperLost = false;
  private steps = 0;

  private constructor(
    plan: LanePlan,
    kernels: LaneKernels,
    memory: WebAssembly.Memory,
    module: WebAssembly.Module,
    map: LaneMemoryMap,
  ) {
    this.plan = plan;
    this.kernels = kernels;
    this.memory = memory;
    this.module = module;
    this.map = map;
    this.capacity = map.capacity;
    this.shared = map.shared;
    this.mainThread = map.threadSteps[0]!;
    this.mainThread.bind(kernels, memory.buffer);
    this.control = new Int32Array(memory.buffer, map.control, CONTROL.words);
    const rbf = plan.layers.at(-1);
    if (rbf?.kind === 'rbf') this.floats(this.shared.prototypes, rbf.units * rbf.inputs).set(PROTOTYPES.flat());
  }

  /**
   * An engine for `plan` that takes batches of up to `capacity` digits, on a
   * compiled build of assembly/lanes.ts, with room for `threads` threads: the
   * caller starts each helper with `helperStart`. More than one thread needs
   * the build for shared memory; one thread runs on either.
   */
  static async create(
    plan: LanePlan,
    capacity: number,
    { module, memory: kind }: LaneModule,
    threads = 1,
    /** Stands between the engine and its kernels: `npm run profile` times each call here. */
    wrap: (kernels: LaneKernels) => LaneKernels = (kernels) => kernels,
  ): Promise<LaneEngine> {
    const map = laneMemoryMap(plan, capacity, threads);
    const pages = pagesFor(map.bytes);
    if (threads > 1 && kind !== 'shared') throw new Error(`${threads} threads need the lane build for shared memory.`);
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: kind === 'shared' });
    const kernels = wrap(await instantiateLanes(module, memory));
    return new LaneEngine(plan, kernels, memory, module, map);
  }

  /** The message that starts helper thread `thread` (1 and up) with `runLaneHelper`. */
  helperStart(thread = 1): LaneHelperStart {
    return {
      module: this.module,
      memory: this.memory,
      plan: this.plan,
      capacity: this.capacity,
      threads: this.map.threadSteps.length,
      thread,
    };
  }

  /** Threads that share each batch now: 2 once a helper has said it is ready. */
  get threads(): number {
    return this.helperReady() ? 2 : 1;
  }

  private helperReady(): boolean {
    return this.map.threadSteps.length > 1 && !this.helperLost && Atomics.load(this.control, CONTROL.ready) === 1;
  }

  private floats(at: number, count: number): Float32Array {
    return new Float32Array(this.memory.buffer, at, count);
  }

  /** The parameters, in the plan's order. */
  get parameters(): Float32Array {
    return this.floats(this.shared.parameters, this.plan.parameters);
  }

  /** Reads tfjs's weights (by name, as `namedWeights` gives them) into the parameters. */
  setWeights(weights: readonly NamedArray[]): void {
    const byName = new Map(weights.map((weight) => [weight.name, weight.data]));
    const parameters = this.parameters;
    for (const layer of this.plan.layers) {
      for (const slot of layer.slots) {
        const data = byName.get(slot.name);
        if (!data) throw new Error(`The weights have no ${slot.name}.`);
        slot.tfjsIndex.forEach((index, k) => (parameters[slot.offset + k] = data[index]!));
      }
    }
  }

  /** The parameters written over copies of `weights` (tfjs's names and shapes); weights the plan lacks are kept. */
  weightsLike(weights: readonly NamedArray[]): NamedArray[] {
    const parameters = this.parameters;
    const slots = new Map(this.plan.layers.flatMap((layer) => layer.slots.map((slot) => [slot.name, slot])));
    return weights.map((weight) => {
      const slot = slots.get(weight.name);
      const data = Float32Array.from(weight.data);
      slot?.tfjsIndex.forEach((index, k) => (data[index] = parameters[slot.offset + k]!));
      return { ...weight, data };
    });
  }

  private load(batch: Batch): void {
    if (batch.count > this.capacity)
      throw new Error(`The engine takes ${this.capacity} digits at a time; got ${batch.count}.`);
    this.floats(this.shared.inputs, batch.count * this.plan.inputSize).set(
      batch.inputs.subarray(0, batch.count * this.plan.inputSize),
    );
    new Int32Array(this.memory.buffer, this.shared.labels, batch.count).set(batch.labels.subarray(0, batch.count));
  }

  /** How many of `count` digits this thread takes when the helper shares them: its groups of four come first. */
  private share(count: number): number {
    const groups = Math.ceil(count / 4);
    return this.helperReady() && groups > 1 ? (groups - Math.floor(groups / 2)) * 4 : count;
  }

  /** The batch's mean loss, leaving its gradient (of the mean) in `summed`. */
  private computeGradients(batch: Batch): number {
    this.load(batch);
    const scale = 1 / batch.count;
    const mine = this.share(batch.count);
    const job = mine < batch.count ? this.dispatch(TRAIN, mine, batch.count - mine, scale) : 0;
    this.kernels.fill(this.mainThread.gradients, this.plan.paddedParameters, 0);
    let loss = this.mainThread.trainDigits(0, mine, scale);
    if (job && this.finished(job)) {
      loss += floatOf(Atomics.load(this.control, CONTROL.loss));
      this.kernels.accumulate(
        this.mainThread.gradients,
        this.map.threadSteps[1]!.gradients,
        this.plan.paddedParameters * 4,
      );
    } else if (job) {
      loss += this.mainThread.trainDigits(mine, batch.count - mine, scale);
    }
    this.kernels.reduceLanes(this.map.summed, this.mainThread.gradients, this.plan.paddedParameters);
    return loss / batch.count;
  }

  private dispatch(command: number, first: number, count: number, scale = 0): number {
    Atomics.store(this.control, CONTROL.command, command);
    Atomics.store(this.control, CONTROL.first, first);
    Atomics.store(this.control, CONTROL.count, count);
    Atomics.store(this.control, CONTROL.scale, bitsOf(scale));
    const job = Atomics.add(this.control, CONTROL.job, 1) + 1;
    Atomics.notify(this.control, CONTROL.job);
    return job;
  }

  /** Waits for the helper to finish `job`; one that does not answer in time is left alone from then on. */
  private finished(job: number): boolean {
    const deadline = performance.now() + HELPER_PATIENCE_MS;
    for (;;) {
      const done = Atomics.load(this.control, CONTROL.done);
      if (done === job) return true;
      const left = deadline - performance.now();
      if (left <= 0) {
        this.helperLost = true;
        return false;
      }
      Atomics.wait(this.control, CONTROL.done, done, left);
    }
  }

  /** The gradient of the batch's mean loss, in the plan's parameter order. */
  gradients(batch: Batch): { loss: number; gradients: Float32Array } {
    const loss = this.computeGradients(batch);
    return { loss, gradients: Float32Array.from(this.floats(this.map.summed, this.plan.parameters)) };
  }

  /** One Adam step on one batch; returns the batch's mean loss. */
  step(batch: Batch, learningRate: number): number {
    const loss = this.computeGradients(batch);
    this.steps++;
    const { parameters } = this.shared;
    this.kernels.adam(
      parameters,
      this.map.summed,
      this.map.first,
      this.map.second,
      this.plan.paddedParameters,
      learningRate,
      BETA1,
      BETA2,
      EPSILON,
      1 - BETA1 ** this.steps,
      1 - BETA2 ** this.steps,
    );
    return loss;
  }

  /** Moves the moving average of the parameters toward them, keeping `keep` of it (it starts at zero). */
  moveAverage(keep: number): void {
    this.kernels.average(this.shared.parameters, this.map.averaged, this.plan.paddedParameters, keep);
  }

  /** The moving average of the parameters, in the plan's order, as `moveAverage` has left it. */
  get averaged(): Float32Array {
    return this.floats(this.map.averaged, this.plan.parameters);
  }

  /** The output layer's values (logits or RBF distances) for `count` digits laid out one after another. */
  outputs(inputs: Float32Array, count: number): Float32Array {
    const classes = this.plan.classes;
    const result = new Float32Array(count * classes);
    const size = this.plan.inputSize;
    const results = this.floats(this.map.results, this.capacity * classes);
    for (let start = 0; start < count; start += this.capacity) {
      const chunk = Math.min(this.capacity, count - start);
      this.floats(this.shared.inputs, chunk * size).set(inputs.subarray(start * size, (start + chunk) * size));
      const mine = this.share(chunk);
      const job = mine < chunk ? this.dispatch(FORWARD, mine, chunk - mine) : 0;
      this.mainThread.forwardDigits(0, mine, results);
      if (job && !this.finished(job)) this.mainThread.forwardDigits(mine, chunk - mine, results);
      result.set(results.subarray(0, chunk * classes), start * classes);
    }
    return result;
  }
}
