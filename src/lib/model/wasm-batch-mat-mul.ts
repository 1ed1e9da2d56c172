import { tf } from './tf.ts';
import { runWasmKernel, scratch, type KernelArgs, type WasmBackend } from './wasm-kernel-calls.ts';

const swapLastTwo = (rank: number) => [...Array.from({ length: rank - 2 }, (_, axis) => axis), rank - 1, rank - 2];

/**
 * A matrix product with either operand transposed, as a transpose and then a plain
 * product. tfjs's wasm backend hands only untransposed products to XNNPACK and runs
 * the others in a scalar loop, about nine times slower here; every backward pass
 * through F6, the output and C5 needs a transposed product.
 */
export function batchMatMulVia(stock: tf.KernelFunc) {
  return (args: KernelArgs): tf.TensorInfo => {
    const { inputs, backend, attrs } = args;
    const { transposeA, transposeB } = attrs as unknown as tf.BatchMatMulAttrs;
    if (!transposeA && !transposeB) return stock(args) as tf.TensorInfo;
    const wasm = backend as WasmBackend;
    const { a, b } = inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
    const { keep, free } = scratch(wasm, [a, b]);
    const plain = (x: tf.TensorInfo) =>
      keep(runWasmKernel(tf.Transpose, { x }, { perm: swapLastTwo(x.shape.length) }, wasm));
    const result = stock({
      inputs: { a: transposeA ? plain(a) : a, b: transposeB ? plain(b) : b },
      backend,
      attrs: { ...attrs, transposeA: false, transposeB: false },
    }) as tf.TensorInfo;
    free();
    return result;
  };
}
