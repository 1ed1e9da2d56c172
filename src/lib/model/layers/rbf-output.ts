import { tf, tfl } from '../tf.ts';

export interface RbfOutputArgs {
  /** prototypes[class] holds one value per input unit. */
  readonly prototypes: readonly (readonly number[])[];
  readonly name?: string;
}

/**
 * Euclidean RBF units with fixed prototypes: y_i = sum_j (x_j - w_ij)^2, applied
 * at every position of its input. Written as |x|^2 - 2 x.w + |w|^2 so that it is
 * one matrix product rather than a broadcast difference.
 */
export class RbfOutput extends tfl.layers.Layer {
  static readonly className = 'RbfOutput';
  private readonly prototypes: number[][];
  private weightsVariable!: tfl.LayerVariable;

  constructor(args: RbfOutputArgs) {
    super(args.name ? { name: args.name } : {});
    this.prototypes = args.prototypes.map((prototype) => [...prototype]);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const units = this.prototypes[0]?.length ?? 0;
    if (shape.at(-1) !== units) {
      throw new Error(`${this.name}'s prototypes have ${units} values but its input has ${String(shape.at(-1))}.`);
    }
    const transposed = tf.tidy(() => tf.transpose(tf.tensor2d(this.prototypes)));
    const values = Array.from(transposed.dataSync());
    transposed.dispose();
    this.weightsVariable = this.addWeight(
      'prototypes',
      [units, this.prototypes.length],
      'float32',
      tfl.initializers.zeros(),
      undefined,
      false,
    );
    const initial = tf.tensor2d(values, [units, this.prototypes.length]);
    this.weightsVariable.write(initial);
    initial.dispose();
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    return tf.tidy(() => {
      const units = x.shape.at(-1)!;
      const flat = tf.reshape<tf.Rank.R2>(x, [-1, units]);
      const w = this.weightsVariable.read() as tf.Tensor2D;
      const distance = tf.add(
        tf.sub(tf.sum(tf.square(flat), -1, true), tf.mul(2, tf.matMul(flat, w))),
        tf.sum(tf.square(w), 0, true),
      );
      return tf.reshape(distance, [...x.shape.slice(0, -1), this.prototypes.length]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [...shape.slice(0, -1), this.prototypes.length];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), prototypes: this.prototypes };
  }
}
tf.serialization.registerClass(RbfOutput);
