import { tf, tfl } from '../tf.ts';
import { uniformFanIn } from './init.ts';

export interface PlainConv2DArgs {
  readonly filters: number;
  readonly kernelSize: number;
  readonly seed?: number;
  readonly name?: string;
}

/**
 * A valid, stride-1 convolution plus a bias, written as two plain ops. tfjs's
 * stock Conv2D layer calls the fused op, whose custom gradient always computes the
 * input's gradient too; for C1 that is a whole backward convolution per batch that
 * nothing uses. Plain ops let the tape skip it.
 */
export class PlainConv2D extends tfl.layers.Layer {
  static readonly className = 'PlainConv2D';
  private readonly filters: number;
  private readonly kernelSize: number;
  private readonly seed: number | undefined;
  private kernel!: tfl.LayerVariable;
  private bias!: tfl.LayerVariable;

  constructor(args: PlainConv2DArgs) {
    super(args.name ? { name: args.name } : {});
    this.filters = args.filters;
    this.kernelSize = args.kernelSize;
    this.seed = args.seed;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[3] as number;
    const { kernelSize: k, filters } = this;
    this.kernel = this.addWeight(
      'kernel',
      [k, k, channels, filters],
      'float32',
      uniformFanIn(k * k * channels, this.seed),
    );
    this.bias = this.addWeight('bias', [filters], 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
    return tf.tidy(() => tf.add(tf.conv2d(x, this.kernel.read() as tf.Tensor4D, 1, 'valid'), this.bias.read()));
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const [batch, height, width] = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const side = (n: number | null | undefined) => (n == null ? null : n - this.kernelSize + 1);
    return [batch ?? null, side(height), side(width), this.filters];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), filters: this.filters, kernelSize: this.kernelSize };
  }
}
tf.serialization.registerClass(PlainConv2D);
