import { tf } from './tf.ts';
import { conv2dBackpropFilter } from './wasm-conv2d-backprop-filter.ts';
import { conv2dBackpropInputVia } from './wasm-conv2d-backprop-input.ts';

let registered = false;

/**
 * Makes tfjs's wasm backend able to train LeNet-5, and fast at it: adds the
 * missing Conv2DBackpropFilter and replaces Conv2DBackpropInput with faster paths
 * for the shapes LeNet-5 uses (falling back to the stock kernel for the others).
 * Safe to call more than once.
 */
export function registerWasmTrainingKernels(): void {
  if (registered) return;
  registered = true;
  if (!tf.getKernel('Conv2DBackpropFilter', 'wasm')) {
    tf.registerKernel({ kernelName: 'Conv2DBackpropFilter', backendName: 'wasm', kernelFunc: conv2dBackpropFilter });
  }
  replace('Conv2DBackpropInput', conv2dBackpropInputVia);
}

function replace(kernelName: string, faster: (stock: tf.KernelFunc) => tf.KernelFunc): void {
  const stock = tf.getKernel(kernelName, 'wasm');
  if (!stock) return;
  tf.unregisterKernel(kernelName, 'wasm');
  tf.registerKernel({ ...stock, kernelFunc: faster(stock.kernelFunc) });
}
