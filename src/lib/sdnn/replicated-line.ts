import type { Ink } from '../drawing/ink.ts';
import type { NetworkSpec } from '../lenet/spec.ts';
import { buildModel } from '../model/build.ts';
import { tf, type tfl } from '../model/tf.ts';
import { cropColumns, LINE_HEIGHT } from './compose.ts';
import { paddedWidth } from './line-reading.ts';
import { inputLevels } from './window-batch.ts';

/**
 * A 32x32 model replicated over a line, as `replicate` does for the strip: its weights in the same
 * network built for the line's width (padded with paper to whole steps), so that C5 and every layer
 * after it run at every position, 4 columns apart. One wide network is built per padded width and kept.
 */
export class ReplicatedLine {
  private readonly wide = new Map<number, tfl.LayersModel>();
  private readonly model: tfl.LayersModel;
  private readonly network: NetworkSpec;
  readonly classes: number;

  constructor(model: tfl.LayersModel, network: NetworkSpec, classes: number) {
    this.model = model;
    this.network = network;
    this.classes = classes;
  }

  /** The model's outputs at every position of `ink` (LINE_HEIGHT rows, any width), positions x classes. */
  outputs(ink: Ink): Float32Array {
    if (ink.height !== LINE_HEIGHT) throw new RangeError(`A line is ${LINE_HEIGHT} rows high; got ${ink.height}.`);
    const width = paddedWidth(ink.width);
    const input = inputLevels(cropColumns(ink, 0, width));
    const output = tf.tidy(() => {
      const predicted = this.wideModel(width).predict(tf.tensor4d(input, [1, LINE_HEIGHT, width, 1])) as tf.Tensor;
      return tf.reshape(predicted, [-1, this.classes]);
    });
    const values = Float32Array.from(output.dataSync());
    output.dispose();
    return values;
  }

  dispose(): void {
    for (const model of this.wide.values()) model.dispose();
    this.wide.clear();
  }

  private wideModel(width: number): tfl.LayersModel {
    const known = this.wide.get(width);
    if (known) return known;
    const built = buildModel(this.network, { height: LINE_HEIGHT, width });
    built.setWeights(this.model.getWeights());
    this.wide.set(width, built);
    return built;
  }
}
