import { tf } from './tf.ts';
import { conv2dBackpropFilter } from './wasm-conv2d-backprop-filter.ts';
import { conv2dBackpropInputVia } from './wasm-conv2d-backprop-input.ts';
import { avgPoolGradVia } from './wasm-avg-pool-grad.ts';
import { batchMatMulVia } from './wasm-batch-mat-mul.ts';
import { identityVia } from './wasm-identity.ts';

let registered = false;

/**
 * Makes tfjs's wasm backend able to train LeNet-5, and fast at it: adds the
 * missing Conv2DBackpropFilter, and replaces the kernels that profiling showed
 * slow in a training step (Conv2DBackpropInput, AvgPoolGrad, transposed
 * BatchMatMul, Identity) with faster paths for the shapes LeNet-5 uses, each
 * falling back to the stock kernel for the others. Safe to call more than once.
 */
export function registerWasmTrainingKernels(): void {
  if (registered) return;
  registered = true;
  // tfjs types getKernel as always found; it returns undefined for a kernel the backend lacks.
  if (!(tf.getKernel(tf.Conv2DBackpropFilter, 'wasm') as tf.KernelConfig | undefined)) {
    tf.registerKernel({ kernelName: tf.Conv2DBackpropFilter, backendName: 'wasm', kernelFunc: conv2dBackpropFilter });
  }
  replace(tf.Conv2DBackpropInput, conv2dBackpropInputVia);
  replace(tf.AvgPoolGrad, avgPoolGradVia);
  replace(tf.BatchMatMul, batchMatMulVia);
  replace(tf.Identity, identityVia);
}

function replace(kernelName: string, faster: (stock: tf.KernelFunc) => tf.KernelFunc): void {
  const stock = tf.getKernel(kernelName, 'wasm') as tf.KernelConfig | undefined;
  if (!stock) return;
  tf.unregisterKernel(kernelName, 'wasm');
  tf.registerKernel({ ...stock, kernelFunc: faster(stock.kernelFunc) });
}
