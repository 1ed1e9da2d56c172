import { PROTOTYPES } from '../lenet/prototypes.ts';
import { SCALED_TANH } from '../lenet/activation.ts';
import { prototypeLiteral, tableLiteral, type Plan, type Step } from './plan.ts';

const CLASSES = {
  scaledTanh: `// f(a) = A tanh(S a), the paper's squashing function.
class ScaledTanh extends tf.layers.Layer {
  static className = 'ScaledTanh';
  call(inputs) {
    return tf.tidy(() => tf.mul(${SCALED_TANH.amplitude}, tf.tanh(tf.mul(2 / 3, [inputs].flat()[0]))));
  }
}
`,
  subsampling: `// Sum of each 2x2 window, times a trainable coefficient, plus a bias, per map.
class TrainableSubsampling extends tf.layers.Layer {
  static className = 'TrainableSubsampling';
  build(shape) {
    this.coefficient = this.addWeight('coefficient', [shape.at(-1)], 'float32', tf.initializers.constant({ value: 0.25 }));
    this.bias = this.addWeight('bias', [shape.at(-1)], 'float32', tf.initializers.zeros());
  }
  computeOutputShape([batch, height, width, maps]) {
    return [batch, Math.floor(height / 2), Math.floor(width / 2), maps];
  }
  call(inputs) {
    return tf.tidy(() => {
      const sum = tf.mul(tf.avgPool([inputs].flat()[0], 2, 2, 'valid'), 4);
      return tf.add(tf.mul(sum, this.coefficient.read()), this.bias.read());
    });
  }
}
`,
  sparse: `// A convolution whose output map m reads only the input maps marked in column m of the table:
// one 5x5 kernel per link, so exactly links * 25 + maps weights.
class SparseConv2D extends tf.layers.Layer {
  static className = 'SparseConv2D';
  constructor({ table, kernelSize = 5, ...rest }) {
    super(rest);
    this.table = table;
    this.k = kernelSize;
    this.links = table.flatMap((row, i) => row.flatMap((on, o) => (on ? [[i, o]] : [])));
  }
  build() {
    const [inputs, outputs] = [this.table.length, this.table[0].length];
    const scatter = new Float32Array(this.links.length * inputs * outputs);
    this.links.forEach(([i, o], link) => (scatter[link * inputs * outputs + i * outputs + o] = 1));
    this.scatter = tf.keep(tf.tensor2d(scatter, [this.links.length, inputs * outputs]));
    this.kernel = this.addWeight('kernel', [this.k * this.k, this.links.length], 'float32', tf.initializers.glorotUniform({}));
    this.bias = this.addWeight('bias', [outputs], 'float32', tf.initializers.zeros());
  }
  computeOutputShape([batch, height, width]) {
    return [batch, height - this.k + 1, width - this.k + 1, this.table[0].length];
  }
  call(inputs) {
    return tf.tidy(() => {
      const shape = [this.k, this.k, this.table.length, this.table[0].length];
      const kernel = tf.reshape(tf.matMul(this.kernel.read(), this.scatter), shape);
      return tf.add(tf.conv2d([inputs].flat()[0], kernel, 1, 'valid'), this.bias.read());
    });
  }
}
`,
  rbf: `// Squared Euclidean distance from the input to each fixed prototype (not trained).
class RBFOutput extends tf.layers.Layer {
  static className = 'RBFOutput';
  constructor({ prototypes, ...rest }) {
    super(rest);
    this.prototypes = tf.keep(tf.tensor2d(prototypes.map((p) => [...p].map((c) => (c === '#' ? 1 : -1)))));
  }
  computeOutputShape(shape) {
    return [...shape.slice(0, -1), this.prototypes.shape[0]];
  }
  call(inputs) {
    return tf.tidy(() => tf.sum(tf.square(tf.sub(tf.expandDims([inputs].flat()[0], -2), this.prototypes)), -1));
  }
}
`,
};

function layerLine(step: Step): string {
  switch (step.op) {
    case 'conv':
      return step.table
        ? `new SparseConv2D({ table: C3_TABLE, kernelSize: ${step.kernel}, name: '${step.name}' })`
        : `tf.layers.conv2d({ filters: ${step.filters}, kernelSize: ${step.kernel}, name: '${step.name}' })`;
    case 'subsample':
      return step.trainable
        ? `new TrainableSubsampling({ name: '${step.name}' })`
        : `tf.layers.averagePooling2d({ poolSize: ${step.window}, name: '${step.name}' })`;
    case 'activation':
      return step.activation === 'scaled-tanh'
        ? 'new ScaledTanh({})'
        : `tf.layers.activation({ activation: '${step.activation}' })`;
    case 'flatten':
      return 'tf.layers.flatten()';
    case 'dense':
      return step.perPosition
        ? `tf.layers.conv2d({ filters: ${step.units}, kernelSize: 1, name: '${step.name}' }) /* the same units at every position */`
        : `tf.layers.dense({ units: ${step.units}, name: '${step.name}' })`;
    case 'rbf':
      return `new RBFOutput({ prototypes: PROTOTYPES, name: '${step.name}' })`;
  }
}

/** The network as TensorFlow.js code, with the paper's parts as small custom layers. */
export function toTfjs(plan: Plan): string {
  const parts = [
    "import * as tf from '@tensorflow/tfjs';\n",
    ...(plan.usesScaledTanh ? [CLASSES.scaledTanh] : []),
    ...(plan.usesSubsampling ? [CLASSES.subsampling] : []),
    ...(plan.usesSparse ? [CLASSES.sparse] : []),
    ...(plan.usesRbf ? [CLASSES.rbf] : []),
  ];
  const table = plan.steps.find((step) => step.op === 'conv' && step.table);
  if (table?.op === 'conv' && table.table)
    parts.push(`const C3_TABLE = [\n${tableLiteral(table.table, '  ')}\n].map((row) => row.map(Boolean));\n`);
  if (plan.usesRbf)
    parts.push(`const PROTOTYPES = [ // 7 wide, 12 high, row by row\n${prototypeLiteral(PROTOTYPES, '  ')}\n];\n`);
  const { height, width } = plan.input;
  const lines = plan.steps.map((step) => `model.add(${layerLine(step)});`);
  parts.push(
    `const model = tf.sequential();\nmodel.add(tf.layers.inputLayer({ inputShape: [${height}, ${width}, ${plan.channels}] }));\n${lines.join('\n')}\nmodel.summary();\n`,
  );
  return parts.join('\n');
}
