import { tf, tfl } from '../tf.ts';
import { convOutputShape, convolve, geometryConfig, pairOf } from './conv-geometry.ts';
import { uniformFanIn } from './init.ts';

export interface SparseConv2DArgs {
  /** `table[input][output]`: which input maps feed each output map. */
  readonly table: readonly (readonly boolean[])[];
  /** One side for a square kernel, or [height, width]. */
  readonly kernelSize: number | readonly [number, number];
  readonly strides?: number;
  /** Zeros added on every side of the input first. */
  readonly padding?: number;
  readonly seed?: number;
  readonly name?: string;
}

/**
 * A convolution in which output map m reads only the input maps its table column
 * marks (the paper's Table I for C3). It holds one kernel per link, so its weight
 * count is exactly links x k x k + maps; the full kernel is assembled on each call
 * by a product with a fixed 0/1 matrix, whose gradient is another product, so any
 * backend that trains a convolution trains this layer.
 */
export class SparseConv2D extends tfl.layers.Layer {
  static readonly className = 'SparseConv2D';
  private readonly table: boolean[][];
  readonly kernelSize: readonly [number, number];
  readonly strides: number;
  readonly padding: number;
  private readonly seed: number | undefined;
  private readonly links: { input: number; output: number }[];
  private kernel!: tfl.LayerVariable;
  private bias!: tfl.LayerVariable;
  private scatter: tf.Tensor2D | undefined;

  constructor(args: SparseConv2DArgs) {
    super(args.name ? { name: args.name } : {});
    this.table = args.table.map((row) => [...row]);
    this.kernelSize = pairOf(args.kernelSize);
    this.strides = args.strides ?? 1;
    this.padding = args.padding ?? 0;
    this.seed = args.seed;
    this.links = this.table.flatMap((row, input) =>
      row.flatMap((linked, output) => (linked ? [{ input, output }] : [])),
    );
  }

  private get maps(): number {
    return this.table[0]?.length ?? 0;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (shape[3] !== this.table.length) {
      throw new Error(`${this.name} expects ${this.table.length} input maps, got ${String(shape[3])}.`);
    }
    const area = this.kernelSize[0] * this.kernelSize[1];
    const fanIn = (area * this.links.length) / this.maps;
    this.kernel = this.addWeight('kernel', [area, this.links.length], 'float32', uniformFanIn(fanIn, this.seed));
    this.bias = this.addWeight('bias', [this.maps], 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  private scatterMatrix(): tf.Tensor2D {
    if (!this.scatter) {
      const values = new Float32Array(this.links.length * this.table.length * this.maps);
      this.links.forEach(({ input, output }, link) => {
        values[link * this.table.length * this.maps + input * this.maps + output] = 1;
      });
      this.scatter = tf.keep(tf.tensor2d(values, [this.links.length, this.table.length * this.maps]));
    }
    return this.scatter;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
    return tf.tidy(() => {
      const flat = tf.matMul(this.kernel.read(), this.scatterMatrix());
      const kernel = tf.reshape<tf.Rank.R4>(flat, [...this.kernelSize, this.table.length, this.maps]);
      return convolve(x, kernel, this.bias.read(), this);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return convOutputShape(inputShape, this.maps, this);
  }

  override dispose(): ReturnType<InstanceType<typeof tfl.layers.Layer>['dispose']> {
    this.scatter?.dispose();
    this.scatter = undefined;
    return super.dispose();
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      table: this.table,
      ...geometryConfig(this),
    };
  }
}
tf.serialization.registerClass(SparseConv2D);
