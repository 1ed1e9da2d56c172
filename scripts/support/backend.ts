import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { tf } from '../../src/lib/model/tf.ts';
import { registerWasmTrainingKernels } from '../../src/lib/model/wasm-training-kernels.ts';

export type NodeBackend = 'wasm' | 'cpu';

/** The wasm backend with the project's training kernel, or the plain cpu backend. */
export async function useBackend(name: NodeBackend = 'wasm'): Promise<string> {
  registerWasmTrainingKernels();
  if (!(await tf.setBackend(name))) throw new Error(`The ${name} backend could not start.`);
  await tf.ready();
  return tf.getBackend();
}
