import { tf, tfl } from '../tf.ts';

export interface TrainableSubsamplingArgs {
  /** One side for a square window, or [height, width]. */
  readonly window: number | readonly [number, number];
  /** How far apart windows start; the window's side when left out. */
  readonly strides?: number;
  readonly name?: string;
}

/**
 * The paper's S2 and S4 unit before its squashing: the sum of a non-overlapping
 * window, times a trainable coefficient, plus a trainable bias, both per map.
 */
export class TrainableSubsampling extends tfl.layers.Layer {
  static readonly className = 'TrainableSubsampling';
  private readonly window: readonly [number, number];
  private readonly strides: number;
  private coefficient!: tfl.LayerVariable;
  private bias!: tfl.LayerVariable;

  constructor(args: TrainableSubsamplingArgs) {
    super(args.name ? { name: args.name } : {});
    this.window = typeof args.window === 'number' ? [args.window, args.window] : args.window;
    this.strides = args.strides ?? this.window[0];
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const maps = shape[3] as number;
    // Starting at 1 / window area makes the unit an average, as in Section II-A's description.
    const average = tfl.initializers.constant({ value: 1 / (this.window[0] * this.window[1]) });
    this.coefficient = this.addWeight('coefficient', [maps], 'float32', average);
    this.bias = this.addWeight('bias', [maps], 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
    const area = this.window[0] * this.window[1];
    return tf.tidy(() => {
      const sum = tf.mul(tf.avgPool(x, [...this.window], this.strides, 'valid'), area);
      return tf.add(tf.mul(sum, this.coefficient.read()), this.bias.read());
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const [batch, height, width, maps] = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const side = (n: number | null | undefined, w: number) =>
      n == null ? null : Math.floor((n - w) / this.strides) + 1;
    return [batch ?? null, side(height, this.window[0]), side(width, this.window[1]), maps ?? null];
  }

  override getConfig(): tf.serialization.ConfigDict {
    const [h, w] = this.window;
    return { ...super.getConfig(), window: h === w ? h : [h, w], strides: this.strides };
  }
}
tf.serialization.registerClass(TrainableSubsampling);
