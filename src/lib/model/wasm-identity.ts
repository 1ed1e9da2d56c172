import type { tf } from './tf.ts';
import type { KernelArgs, WasmBackend } from './wasm-kernel-calls.ts';

/**
 * Identity without a copy: the result shares its input's memory and counts one
 * more reference to it, as wasm's own Reshape does. Tensors never change in place,
 * so sharing is safe; the stock kernel copies, and a training step calls it some
 * seventy times, mostly on the largest activations. Strings keep the stock path.
 */
export function identityVia(stock: tf.KernelFunc) {
  return (args: KernelArgs): tf.TensorInfo => {
    const { x } = args.inputs as { x: tf.TensorInfo };
    if (x.dtype === 'string') return stock(args) as tf.TensorInfo;
    (args.backend as WasmBackend & { incRef(dataId: object): void }).incRef(x.dataId);
    return { dataId: x.dataId, shape: [...x.shape], dtype: x.dtype };
  };
}
