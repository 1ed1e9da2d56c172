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
  if (!tf.getKernel('Conv2DBackpropFilter', 'wasm')) {
    tf.registerKernel({ kernelName: 'Conv2DBackpropFilter', backendName: 'wasm', kernelFunc: conv2dBackpropFilter });
  }
  replace('Conv2DBackpropInput', conv2dBackpropInputVia);
  replace('AvgPoolGrad', avgPoolGradVia);
  replace('BatchMatMul', batchMatMulVia);
  replace('Identity', identityVia);
}

function replace(kernelName: string, faster: (stock: tf.KernelFunc) => tf.KernelFunc): void {
  const stock = tf.getKernel(kernelName, 'wasm');
  if (!stock) return;
  tf.unregisterKernel(kernelName, 'wasm');
  tf.registerKernel({ ...stock, kernelFunc: faster(stock.kernelFunc) });
}
