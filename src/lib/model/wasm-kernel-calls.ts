import { tf } from './tf.ts';

export type KernelArgs = Parameters<tf.KernelFunc>[0];
export type WasmBackend = KernelArgs['backend'] & { disposeData(dataId: object): void };

/** Runs another kernel of the wasm backend from inside a kernel. */
export function runWasmKernel(
  kernelName: string,
  inputs: tf.NamedTensorInfoMap,
  attrs: tf.NamedAttrMap,
  backend: WasmBackend,
  kernelFunc?: tf.KernelFunc,
): tf.TensorInfo {
  // tfjs types getKernel as always found; it returns undefined for a kernel no backend registered.
  const registered = tf.getKernel(kernelName, 'wasm') as tf.KernelConfig | undefined;
  const func = kernelFunc ?? registered?.kernelFunc;
  if (!func) throw new Error(`The wasm backend has no ${kernelName} kernel.`);
  return func({ inputs, attrs, backend }) as tf.TensorInfo;
}

/** Collects intermediate results and frees them once the kernel has its answer. */
export function scratch(backend: WasmBackend, keepAlive: readonly tf.TensorInfo[]) {
  const made: tf.TensorInfo[] = [];
  return {
    keep: (tensor: tf.TensorInfo) => (made.push(tensor), tensor),
    free: () => {
      for (const tensor of made) if (!keepAlive.includes(tensor)) backend.disposeData(tensor.dataId);
    },
  };
}
