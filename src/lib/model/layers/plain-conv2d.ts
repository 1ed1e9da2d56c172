import { tf, tfl } from '../tf.ts';
import { uniformFanIn } from './init.ts';

export interface PlainConv2DArgs {
  readonly filters: number;
  /** One side for a square kernel, or [height, width]. */
  readonly kernelSize: number | readonly [number, number];
  readonly strides?: number;
  /** Zeros added on every side of the input first. */
  readonly padding?: number;
  readonly seed?: number;
  readonly name?: string;
}

/**
 * A convolution plus a bias, written as plain ops (zero padding, a valid
 * convolution, an addition). tfjs's
 * stock Conv2D layer calls the fused op, whose custom gradient always computes the
 * input's gradient too; for C1 that is a whole backward convolution per batch that
 * nothing uses. Plain ops let the tape skip it.
 */
export class PlainConv2D extends tfl.layers.Layer {
  static readonly className = 'PlainConv2D';
  private readonly filters: number;
  private readonly kernelSize: readonly [number, number];
  private readonly strides: number;
  private readonly padding: number;
  private readonly seed: number | undefined;
  private kernel!: tfl.LayerVariable;
  private bias!: tfl.LayerVariable;

  constructor(args: PlainConv2DArgs) {
    super(args.name ? { name: args.name } : {});
    this.filters = args.filters;
    this.kernelSize = typeof args.kernelSize === 'number' ? [args.kernelSize, args.kernelSize] : args.kernelSize;
    this.strides = args.strides ?? 1;
    this.padding = args.padding ?? 0;
    this.seed = args.seed;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[3] as number;
    const [kh, kw] = this.kernelSize;
    const { filters } = this;
    this.kernel = this.addWeight(
      'kernel',
      [kh, kw, channels, filters],
      'float32',
      uniformFanIn(kh * kw * channels, this.seed),
    );
    this.bias = this.addWeight('bias', [filters], 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
    const p = this.padding;
    return tf.tidy(() => {
      const padded =
        p > 0
          ? tf.pad(x, [
              [0, 0],
              [p, p],
              [p, p],
              [0, 0],
            ])
          : x;
      return tf.add(tf.conv2d(padded, this.kernel.read() as tf.Tensor4D, this.strides, 'valid'), this.bias.read());
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const [batch, height, width] = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const side = (n: number | null | undefined, k: number) =>
      n == null ? null : Math.floor((n + 2 * this.padding - k) / this.strides) + 1;
    return [batch ?? null, side(height, this.kernelSize[0]), side(width, this.kernelSize[1]), this.filters];
  }

  override getConfig(): tf.serialization.ConfigDict {
    const [kh, kw] = this.kernelSize;
    return {
      ...super.getConfig(),
      filters: this.filters,
      kernelSize: kh === kw ? kh : [kh, kw],
      strides: this.strides,
      padding: this.padding,
    };
  }
}
tf.serialization.registerClass(PlainConv2D);
