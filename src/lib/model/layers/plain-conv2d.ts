import { tf, tfl } from '../tf.ts';
import { convOutputShape, convolve, geometryConfig, pairOf } from './conv-geometry.ts';
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
  readonly kernelSize: readonly [number, number];
  readonly strides: number;
  readonly padding: number;
  private readonly seed: number | undefined;
  private kernel!: tfl.LayerVariable;
  private bias!: tfl.LayerVariable;

  constructor(args: PlainConv2DArgs) {
    super(args.name ? { name: args.name } : {});
    this.filters = args.filters;
    this.kernelSize = pairOf(args.kernelSize);
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
    return tf.tidy(() => convolve(x, this.kernel.read() as tf.Tensor4D, this.bias.read(), this));
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return convOutputShape(inputShape, this.filters, this);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      filters: this.filters,
      ...geometryConfig(this),
    };
  }
}
tf.serialization.registerClass(PlainConv2D);
