import { tf } from './tf.ts';

type KernelArgs = Parameters<tf.KernelFunc>[0];
type Backend = KernelArgs['backend'] & { disposeData(dataId: object): void };

function run(kernelName: string, args: { inputs: tf.NamedTensorInfoMap; attrs?: tf.NamedAttrMap }, backend: Backend) {
  const kernel = tf.getKernel(kernelName, 'wasm');
  if (!kernel) throw new Error(`The wasm backend has no ${kernelName} kernel.`);
  return kernel.kernelFunc({ ...args, attrs: args.attrs ?? {}, backend }) as tf.TensorInfo;
}

/**
 * The filter gradient of a 2-D convolution, the one kernel that LeNet-5's training
 * needs and tfjs's wasm backend lacks. With the batch and channel axes swapped it
 * is itself a convolution: dW[u,v,c,m] = sum over b,i,j of x[b, s*i+u, s*j+v, c]
 * dy[b,i,j,m] is conv(x transposed to [c,H,W,b], dy transposed to [i,j,b,m]),
 * with the stride s becoming a dilation. So wasm's own Conv2D (XNNPACK, SIMD) does
 * the work, and the result is sliced to the kernel's size and transposed back.
 */
export function conv2dBackpropFilter({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const wasm = backend as Backend;
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
  const temporary: tf.TensorInfo[] = [];
  const keep = (tensor: tf.TensorInfo) => (temporary.push(tensor), tensor);
  const { top, bottom, left, right } = info.padInfo;
  const padded =
    top || bottom || left || right
      ? keep(
          run(
            'PadV2',
            {
              inputs: { x },
              attrs: {
                paddings: [
                  [0, 0],
                  [top, bottom],
                  [left, right],
                  [0, 0],
                ],
                constantValue: 0,
              },
            },
            wasm,
          ),
        )
      : x;
  const channelsFirst = keep(run('Transpose', { inputs: { x: padded }, attrs: { perm: [3, 1, 2, 0] } }, wasm));
  const gradientAsFilter = keep(run('Transpose', { inputs: { x: dy }, attrs: { perm: [1, 2, 0, 3] } }, wasm));
  const product = keep(
    run(
      'Conv2D',
      {
        inputs: { x: channelsFirst, filter: gradientAsFilter },
        attrs: { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [info.strideHeight, info.strideWidth] },
      },
      wasm,
    ),
  );
  const [channels, , , maps] = product.shape;
  const sliced = keep(
    run(
      'Slice',
      {
        inputs: { x: product },
        attrs: { begin: [0, 0, 0, 0], size: [channels!, info.filterHeight, info.filterWidth, maps!] },
      },
      wasm,
    ),
  );
  const result = run('Transpose', { inputs: { x: sliced }, attrs: { perm: [1, 2, 0, 3] } }, wasm);
  for (const tensor of temporary) if (tensor !== x) wasm.disposeData(tensor.dataId);
  return result;
}

/** Lets the wasm backend train convolutions; harmless to call more than once. */
export function registerWasmConv2dBackpropFilter(): void {
  if (tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  tf.registerKernel({ kernelName: 'Conv2DBackpropFilter', backendName: 'wasm', kernelFunc: conv2dBackpropFilter });
}
