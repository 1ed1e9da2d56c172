import { tf, type tfl } from '../tf.ts';

/** Where a convolution's kernel sits: its size, its step and the zeros around its input. */
export interface ConvGeometry {
  readonly kernelSize: readonly [number, number];
  readonly strides: number;
  readonly padding: number;
}

export const pairOf = (size: number | readonly [number, number]): readonly [number, number] =>
  typeof size === 'number' ? [size, size] : size;

/** A convolution of `x` by `kernel` plus `bias`, the input padded with zeros first. */
export function convolve(x: tf.Tensor4D, kernel: tf.Tensor4D, bias: tf.Tensor, { strides, padding: p }: ConvGeometry) {
  const padded =
    p > 0
      ? tf.pad(x, [
          [0, 0],
          [p, p],
          [p, p],
          [0, 0],
        ])
      : x;
  return tf.add(tf.conv2d(padded, kernel, strides, 'valid'), bias);
}

/** The output shape of such a convolution with `maps` output maps. */
export function convOutputShape(inputShape: tfl.Shape | tfl.Shape[], maps: number, geometry: ConvGeometry): tfl.Shape {
  const [batch, height, width] = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
  const side = (n: number | null | undefined, k: number) =>
    n == null ? null : Math.floor((n + 2 * geometry.padding - k) / geometry.strides) + 1;
  return [batch ?? null, side(height, geometry.kernelSize[0]), side(width, geometry.kernelSize[1]), maps];
}

/** The geometry as a layer's config: a square kernel as one number, as the saved models have it. */
export function geometryConfig({ kernelSize: [kh, kw], strides, padding }: ConvGeometry) {
  return { kernelSize: kh === kw ? kh : [kh, kw], strides, padding };
}
