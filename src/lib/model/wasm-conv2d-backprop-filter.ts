import { tf } from './tf.ts';
import { runWasmKernel, scratch, type KernelArgs, type WasmBackend } from './wasm-kernel-calls.ts';

/**
 * The filter gradient of a 2-D convolution, the one kernel that LeNet-5's training
 * needs and tfjs's wasm backend lacks. With the batch and channel axes swapped it
 * is itself a convolution: dW[u,v,c,m] = sum over b,i,j of x[b, s*i+u, s*j+v, c]
 * dy[b,i,j,m] is conv(x transposed to [c,H,W,b], dy transposed to [i,j,b,m]),
 * with the stride s becoming a dilation. So wasm's own Conv2D (XNNPACK, SIMD) does
 * the work, and the result is sliced to the kernel's size and transposed back.
 */
export function conv2dBackpropFilter({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const wasm = backend as WasmBackend;
  const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  if (dataFormat !== 'NHWC') throw new Error('The wasm Conv2DBackpropFilter kernel supports NHWC data only.');
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filterShape,
    strides,
    1,
    pad,
    dimRoundingMode,
  );
  const { keep, free } = scratch(wasm, [x]);
  const { top, bottom, left, right } = info.padInfo;
  const paddings = [
    [0, 0],
    [top, bottom],
    [left, right],
    [0, 0],
  ];
  const padded =
    top || bottom || left || right ? keep(runWasmKernel(tf.PadV2, { x }, { paddings, constantValue: 0 }, wasm)) : x;
  const channelsFirst = keep(runWasmKernel(tf.Transpose, { x: padded }, { perm: [3, 1, 2, 0] }, wasm));
  const gradientAsFilter = keep(runWasmKernel(tf.Transpose, { x: dy }, { perm: [1, 2, 0, 3] }, wasm));
  const product = keep(
    runWasmKernel(
      tf.Conv2D,
      { x: channelsFirst, filter: gradientAsFilter },
      { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [info.strideHeight, info.strideWidth] },
      wasm,
    ),
  );
  const [channels, , , maps] = product.shape;
  const size = [channels!, info.filterHeight, info.filterWidth, maps!];
  const sliced = keep(runWasmKernel(tf.Slice, { x: product }, { begin: [0, 0, 0, 0], size }, wasm));
  const result = runWasmKernel(tf.Transpose, { x: sliced }, { perm: [1, 2, 0, 3] }, wasm);
  free();
  return result;
}
