import { instantiateLanes } from './kernels.ts';
import { CONTROL, FORWARD, laneMemoryMap } from './memory-map.ts';
import type { LanePlan } from './plan.ts';

/** What the main thread sends a helper thread once: everything it needs to find its working memory. */
export interface LaneHelperStart {
  readonly module: WebAssembly.Module;
  readonly memory: WebAssembly.Memory;
  readonly plan: LanePlan;
  readonly capacity: number;
  readonly threads: number;
  /** Which thread the helper is (1 and up). */
  readonly thread: number;
}

const floatOf = (bits: number) => new Float32Array(Int32Array.of(bits).buffer)[0]!;
export const bitsOf = (value: number): number => new Int32Array(Float32Array.of(value).buffer)[0]!;
export { floatOf };

/**
 * A helper thread's life: it waits for a job, trains its share of the batch on
 * its own working memory (or runs its share of a chunk forward), says it is done, and waits again, until its worker is terminated.
 */
export async function runLaneHelper(start: LaneHelperStart): Promise<never> {
  const map = laneMemoryMap(start.plan, start.capacity, start.threads);
  const thread = map.threadSteps[start.thread]!;
  const kernels = await instantiateLanes(start.module, start.memory);
  const buffer = start.memory.buffer;
  thread.bind(kernels, buffer);
  const control = new Int32Array(buffer, map.control, CONTROL.words);
  const results = new Float32Array(buffer, map.results, start.capacity * start.plan.classes);
  // Read before saying ready: a job posted after that must count as new.
  let seen = Atomics.load(control, CONTROL.job);
  Atomics.store(control, CONTROL.ready, 1);
  Atomics.notify(control, CONTROL.ready);
  for (;;) {
    Atomics.wait(control, CONTROL.job, seen);
    seen = Atomics.load(control, CONTROL.job);
    const first = Atomics.load(control, CONTROL.first);
    const count = Atomics.load(control, CONTROL.count);
    if (Atomics.load(control, CONTROL.command) === FORWARD) {
      thread.forwardDigits(first, count, results);
    } else {
      const scale = floatOf(Atomics.load(control, CONTROL.scale));
      kernels.fill(thread.gradients, start.plan.paddedParameters, 0);
      Atomics.store(control, CONTROL.loss, bitsOf(thread.trainDigits(first, count, scale)));
    }
    Atomics.store(control, CONTROL.done, seen);
    Atomics.notify(control, CONTROL.done);
  }
}
