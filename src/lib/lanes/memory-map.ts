import { Layout } from './layout.ts';
import type { LanePlan } from './plan.ts';
import { ThreadStep, type SharedBuffers } from './thread-step.ts';

/** Words of the control block that the threads share, as 32-bit integers (see helper.ts). */
export const CONTROL = {
  /** Raised by the main thread for each new job. */
  job: 0,
  /** The last job the helper finished. */
  done: 1,
  /** 1 once the helper is ready for jobs. */
  ready: 2,
  /** The job: its first digit, how many digits, and the loss scale as a float's bits. */
  first: 3,
  count: 4,
  scale: 5,
  /** The helper's summed loss, as a float's bits. */
  loss: 6,
  /** What the job is: TRAIN or FORWARD. */
  command: 7,
  words: 8,
} as const;

/** Jobs: train on digits (gradients into the helper's gradients), or run them forward (outputs into `results`). */
export const TRAIN = 1;
export const FORWARD = 2;

/**
 * Where everything sits in the engine's memory: the same for every thread, since
 * each thread computes it from the same plan, capacity and thread count.
 */
export interface LaneMemoryMap {
  readonly capacity: number;
  readonly shared: SharedBuffers;
  /** Adam's moment estimates. */
  readonly first: number;
  readonly second: number;
  /** The batch's gradient, summed over digits and threads. */
  readonly summed: number;
  /** The moving average of the parameters, where a run keeps one. */
  readonly averaged: number;
  readonly control: number;
  /** The output layer's values, digit by digit, when the threads run a chunk forward. */
  readonly results: number;
  /** Each thread's step: its working memory and how it runs a group of digits; 0 is the main thread's. */
  readonly threadSteps: readonly ThreadStep[];
  readonly bytes: number;
}

export function laneMemoryMap(plan: LanePlan, capacity: number, threads: number): LaneMemoryMap {
  const layout = new Layout();
  const parameters = layout.floats(plan.paddedParameters);
  const first = layout.floats(plan.paddedParameters);
  const second = layout.floats(plan.paddedParameters);
  const summed = layout.floats(plan.paddedParameters);
  const averaged = layout.floats(plan.paddedParameters);
  const last = plan.layers.at(-1);
  const prototypes = layout.floats(last?.kind === 'rbf' ? last.units * last.inputs : 0);
  const inputs = layout.floats(capacity * plan.inputSize);
  const labels = layout.floats(capacity + 4);
  const control = layout.floats(CONTROL.words);
  const results = layout.floats(capacity * plan.classes);
  const shared = { parameters, prototypes, inputs, labels };
  const threadSteps = Array.from({ length: threads }, () => new ThreadStep(plan, shared, layout));
  return { capacity, shared, first, second, summed, averaged, control, results, threadSteps, bytes: layout.size };
}
