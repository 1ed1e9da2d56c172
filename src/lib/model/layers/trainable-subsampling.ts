import { tf, tfl } from '../tf.ts';

export interface TrainableSubsamplingArgs {
  readonly window: number;
  readonly name?: string;
}

/**
 * The paper's S2 and S4 unit before its squashing: the sum of a non-overlapping
 * window, times a trainable coefficient, plus a trainable bias, both per map.
 */
export class TrainableSubsampling extends tfl.layers.Layer {
  static readonly className = 'TrainableSubsampling';
  private readonly window: number;
  private coefficient!: tfl.LayerVariable;
  private bias!: tfl.LayerVariable;

  constructor(args: TrainableSubsamplingArgs) {
    super(args.name ? { name: args.name } : {});
    this.window = args.window;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const maps = shape[3] as number;
    // Starting at 1 / window area makes the unit an average, as in Section II-A's description.
    const average = tfl.initializers.constant({ value: 1 / (this.window * this.window) });
    this.coefficient = this.addWeight('coefficient', [maps], 'float32', average);
    this.bias = this.addWeight('bias', [maps], 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
    const area = this.window * this.window;
    return tf.tidy(() => {
      const sum = tf.mul(tf.avgPool(x, this.window, this.window, 'valid'), area);
      return tf.add(tf.mul(sum, this.coefficient.read()), this.bias.read());
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const [batch, height, width, maps] = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const side = (n: number | null | undefined) => (n == null ? null : Math.floor(n / this.window));
    return [batch ?? null, side(height), side(width), maps ?? null];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), window: this.window };
  }
}
tf.serialization.registerClass(TrainableSubsampling);
