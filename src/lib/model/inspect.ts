import type { NetworkSpec } from '../lenet/spec.ts';
import type { FeatureMaps } from '../viz/heatmap.ts';
import { answerOf } from './answer.ts';
import { classifierOfModel, type Classifier } from './loss.ts';
import { tf, tfl } from './tf.ts';

/** What a model does with one 32x32 input: every layer's maps, the ten scores and the answer. */
export interface Inspection {
  readonly maps: FeatureMaps[];
  readonly scores: Float32Array;
  readonly answer: number;
  readonly classifier: Classifier;
  /** A softmax network's ten weighted sums before the softmax (its logits); undefined for RBF units. */
  readonly logits?: Float32Array;
}

/** The last tfjs layer that belongs to spec layer `name` (the core, or its squashing after it). */
function lastLayerOf(model: tfl.LayersModel, name: string) {
  const prefix = name.toLowerCase();
  const layers = model.layers.filter((layer) => layer.name === prefix || layer.name.startsWith(`${prefix}_`));
  const last = layers.at(-1);
  if (!last) throw new Error(`The model has no layer for ${name}.`);
  return last;
}

/**
 * Reads every hidden layer of a LeNet-5 at once, for the feature-map views. It shares
 * the model's layers and weights, so it needs no disposing of its own.
 */
export class Inspector {
  private readonly probe: tfl.LayersModel;
  private readonly names: readonly string[];
  readonly classifier: Classifier;
  private readonly input: readonly [number, number];
  /** Whether the probe's last output is the logits, read from the output layer's core before its softmax. */
  private readonly readsLogits: boolean;

  constructor(model: tfl.LayersModel, network: NetworkSpec) {
    const [, height, width] = model.inputs[0]!.shape;
    this.input = [height ?? 0, width ?? 0];
    this.names = network.layers.filter((layer) => layer.kind !== 'input').map((layer) => layer.name);
    this.classifier = classifierOfModel(model);
    const outputs = this.names.map((name) => lastLayerOf(model, name).output as tfl.SymbolicTensor);
    const core = model.layers.find((layer) => layer.name === this.names.at(-1)!.toLowerCase());
    this.readsLogits = this.classifier === 'softmax' && core !== undefined && core.output !== outputs.at(-1);
    if (this.readsLogits) outputs.push(core!.output as tfl.SymbolicTensor);
    this.probe = tfl.model({ inputs: model.inputs, outputs });
  }

  inspect(input: Float32Array): Inspection {
    const [height, width] = this.input;
    const outputs = tf.tidy(() => this.probe.predict(tf.tensor4d(input, [1, height, width, 1])) as tf.Tensor[]);
    const maps = outputs.map((output, index) => {
      const [, height = 1, width = 1, channels = output.shape.at(-1)!] =
        output.shape.length === 4 ? output.shape : [1, 1, 1, output.shape[1]];
      const values = output.dataSync() as Float32Array;
      return { name: this.names[index]!, height, width, channels, values };
    });
    tf.dispose(outputs);
    const logits = this.readsLogits ? maps.pop()!.values : undefined;
    const scores = maps.pop()!.values;
    const answer = answerOf(scores, this.classifier);
    return { maps, scores, answer, classifier: this.classifier, ...(logits ? { logits } : {}) };
  }
}
