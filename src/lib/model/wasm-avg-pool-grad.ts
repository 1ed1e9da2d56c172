import { tf } from './tf.ts';
import type { KernelArgs, WasmBackend } from './wasm-kernel-calls.ts';

/**
 * The gradient of an average pool whose windows tile the input without overlap
 * (S2 and S4: 2x2, stride 2, no padding): each input cell gets its window's output
 * gradient over the window's area. One pass in JavaScript over the wasm heap is
 * several times faster than tfjs's general wasm loop, which visits every window of
 * every cell. Overlapping or padded pools go to `fallback`.
 */
export function avgPoolGradVia(fallback: tf.KernelFunc) {
  return (args: KernelArgs): tf.TensorInfo => {
    const { inputs, backend, attrs } = args;
    const wasm = backend as WasmBackend & {
      makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
      typedArrayFromHeap(info: tf.TensorInfo): Float32Array;
    };
    const { dy, input } = inputs as { dy: tf.TensorInfo; input: tf.TensorInfo };
    const { filterSize, strides, pad } = attrs as unknown as tf.AvgPoolGradAttrs;
    const info = tf.backend_util.computePool2DInfo(
      input.shape as [number, number, number, number],
      filterSize,
      strides,
      1,
      pad,
    );
    const { filterHeight: fh, filterWidth: fw, strideHeight, strideWidth, padInfo } = info;
    const tiles = fh === strideHeight && fw === strideWidth;
    const unpadded = !(padInfo.top || padInfo.bottom || padInfo.left || padInfo.right);
    if (!tiles || !unpadded || input.dtype !== 'float32') return fallback(args) as tf.TensorInfo;

    const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth } = info;
    const result = wasm.makeOutput([...input.shape], 'float32');
    const gradient = wasm.typedArrayFromHeap(dy);
    const out = wasm.typedArrayFromHeap(result);
    // Rows and columns past the last whole window get no gradient.
    if (outHeight * fh !== inHeight || outWidth * fw !== inWidth) out.fill(0);
    const share = 1 / (fh * fw);
    // Each input row of the windows gets one output row's gradients, spread over fw cells.
    const rowLength = outWidth * channels;
    for (let b = 0; b < batchSize; b++) {
      for (let i = 0; i < outHeight; i++) {
        const from = (b * outHeight + i) * rowLength;
        for (let u = 0; u < fh; u++) {
          const to = (b * inHeight + i * fh + u) * inWidth * channels;
          for (let j = 0, cell = to; j < outWidth; j++) {
            for (let v = 0; v < fw; v++) {
              for (let c = 0; c < channels; c++) out[cell++] = gradient[from + j * channels + c]! * share;
            }
          }
        }
      }
    }
    return result;
  };
}
