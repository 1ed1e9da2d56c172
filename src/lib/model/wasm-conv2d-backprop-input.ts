import { tf } from './tf.ts';
import { runWasmKernel, scratch, type KernelArgs, type WasmBackend } from './wasm-kernel-calls.ts';

/**
 * The input gradient of a stride-1 convolution as a convolution: the output
 * gradient, padded by the kernel size less one less the forward padding, correlated
 * with the kernel turned 180 degrees and with its in and out channels swapped.
 * tfjs's wasm backend computes this in a plain loop; XNNPACK's Conv2D is several
 * times faster. Other strides, and paddings wider than the kernel, go to `fallback`.
 */
/**
 * When the forward convolution had one output position (C5 at 32x32), the input
 * gradient is a matrix product: dx[b, (u,v,c)] = sum over m of dy[b, m] W[(u,v,c), m].
 */
function singlePosition(
  dy: tf.TensorInfo,
  filter: tf.TensorInfo,
  inputShape: readonly number[],
  wasm: WasmBackend,
): tf.TensorInfo {
  const [batch] = dy.shape;
  const [kh, kw, channels, maps] = filter.shape as [number, number, number, number];
  const { keep, free } = scratch(wasm, [dy, filter]);
  const rows = keep(runWasmKernel(tf.Reshape, { x: dy }, { shape: [1, batch!, maps] }, wasm));
  const weights = keep(runWasmKernel(tf.Reshape, { x: filter }, { shape: [1, kh * kw * channels, maps] }, wasm));
  const product = keep(
    runWasmKernel(tf.BatchMatMul, { a: rows, b: weights }, { transposeA: false, transposeB: true }, wasm),
  );
  const result = runWasmKernel(tf.Reshape, { x: product }, { shape: [...inputShape] }, wasm);
  free();
  return result;
}

export function conv2dBackpropInputVia(fallback: tf.KernelFunc) {
  return (args: KernelArgs): tf.TensorInfo => {
    const { inputs, backend, attrs } = args;
    const wasm = backend as WasmBackend;
    const { dy, filter } = inputs as { dy: tf.TensorInfo; filter: tf.TensorInfo };
    const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as tf.Conv2DBackpropInputAttrs;
    const info = tf.backend_util.computeConv2DInfo(
      inputShape,
      filter.shape as [number, number, number, number],
      strides,
      1,
      pad,
      dimRoundingMode,
    );
    const { top, bottom, left, right } = info.padInfo;
    const [kh, kw] = [info.filterHeight, info.filterWidth];
    const paddings = [
      [0, 0],
      [kh - 1 - top, kh - 1 - bottom],
      [kw - 1 - left, kw - 1 - right],
      [0, 0],
    ];
    const unsupported = info.strideHeight !== 1 || info.strideWidth !== 1 || dataFormat !== 'NHWC';
    if (unsupported || paddings.flat().some((amount) => amount < 0)) return fallback(args) as tf.TensorInfo;
    if (info.outHeight === 1 && info.outWidth === 1 && !(top || bottom || left || right)) {
      return singlePosition(dy, filter, inputShape, wasm);
    }

    const { keep, free } = scratch(wasm, [dy, filter]);
    const padded = paddings.flat().some(Boolean)
      ? keep(runWasmKernel(tf.PadV2, { x: dy }, { paddings, constantValue: 0 }, wasm))
      : dy;
    const turned = keep(runWasmKernel(tf.Reverse, { x: filter }, { dims: [0, 1] }, wasm));
    const swapped = keep(runWasmKernel(tf.Transpose, { x: turned }, { perm: [0, 1, 3, 2] }, wasm));
    const result = runWasmKernel(
      tf.Conv2D,
      { x: padded, filter: swapped },
      { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [1, 1] },
      wasm,
    );
    free();
    return result;
  };
}
