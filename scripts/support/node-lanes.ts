import { Worker } from 'node:worker_threads';
import type { LaneHelperStart } from '../../src/lib/lanes/helper.ts';
import { LaneTrainer } from '../../src/lib/lanes/lane-trainer.ts';
import type { TrainerOptions } from '../../src/lib/model/trainer.ts';
import { laneModule } from './lane-binaries.ts';

/**
 * The playground's lane engine in Node: on two threads (a worker_threads helper
 * sharing the wasm memory) unless told one; undefined where it cannot run the network.
 */
export async function nodeLaneTrainer(options: TrainerOptions, threads: 1 | 2): Promise<LaneTrainer | undefined> {
  const binary = await laneModule('simd', threads === 2 ? 'shared' : 'unshared');
  const startHelper = (start: LaneHelperStart) => {
    const helper = new Worker(new URL('./lane-helper-thread.mjs', import.meta.url));
    helper.postMessage(start);
    helper.unref();
    return helper;
  };
  return LaneTrainer.create(options, binary, threads === 2 ? startHelper : undefined);
}
