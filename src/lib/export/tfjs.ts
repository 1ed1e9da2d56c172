import { SCALED_TANH, SLOPE_IN_CODE, type Activation } from '../lenet/activation.ts';
import { codeName } from '../lenet/names.ts';
import type { Size2 } from '../lenet/spec.ts';
import { constantName, prototypeLiteral, tableLiteral, tablesOf, withComment, type Plan, type Step } from './plan.ts';

const builtIn = (activation: string) => (name: string) =>
  `tf.layers.activation({ activation: '${activation}', name: '${name}' })`;

/** Each activation as a tfjs layer, given its name: a new activation is a type error here. */
const TFJS_ACTIVATIONS: Readonly<Record<Activation, (name: string) => string>> = {
  'scaled-tanh': (name) => `new ScaledTanh({ name: '${name}' })`,
  tanh: builtIn('tanh'),
  sigmoid: builtIn('sigmoid'),
  relu: builtIn('relu'),
  softmax: builtIn('softmax'),
  identity: builtIn('linear'),
};

const CLASSES = {
  scaledTanh: `// f(a) = A tanh(S a), the paper's squashing function.
class ScaledTanh extends tf.layers.Layer {
  static className = 'ScaledTanh';
  call(inputs) {
    return tf.tidy(() => tf.mul(${SCALED_TANH.amplitude}, tf.tanh(tf.mul(${SLOPE_IN_CODE}, [inputs].flat()[0]))));
  }
}
`,
  subsampling: `// Sum of each window, times a trainable coefficient, plus a bias, per map.
class TrainableSubsampling extends tf.layers.Layer {
  static className = 'TrainableSubsampling';
  constructor({ window = [2, 2], stride = window[0], ...rest }) {
    super(rest);
    this.window = window;
    this.stride = stride;
  }
  build(shape) {
    const start = 1 / (this.window[0] * this.window[1]);
    this.coefficient = this.addWeight('coefficient', [shape.at(-1)], 'float32', tf.initializers.constant({ value: start }));
    this.bias = this.addWeight('bias', [shape.at(-1)], 'float32', tf.initializers.zeros());
  }
  computeOutputShape([batch, height, width, maps]) {
    const side = (n, w) => Math.floor((n - w) / this.stride) + 1;
    return [batch, side(height, this.window[0]), side(width, this.window[1]), maps];
  }
  call(inputs) {
    return tf.tidy(() => {
      const area = this.window[0] * this.window[1];
      const sum = tf.mul(tf.avgPool([inputs].flat()[0], this.window, this.stride, 'valid'), area);
      return tf.add(tf.mul(sum, this.coefficient.read()), this.bias.read());
    });
  }
}
`,
  sparse: `// A convolution whose output map m reads only the input maps marked in column m of the table:
// one kernel per link, so exactly links * kh * kw + maps weights.
class SparseConv2D extends tf.layers.Layer {
  static className = 'SparseConv2D';
  constructor({ table, kernelSize = [5, 5], stride = 1, ...rest }) {
    super(rest);
    this.table = table;
    this.k = kernelSize;
    this.stride = stride;
    this.links = table.flatMap((row, i) => row.flatMap((on, o) => (on ? [[i, o]] : [])));
  }
  build() {
    const [inputs, outputs] = [this.table.length, this.table[0].length];
    const scatter = new Float32Array(this.links.length * inputs * outputs);
    this.links.forEach(([i, o], link) => (scatter[link * inputs * outputs + i * outputs + o] = 1));
    this.scatter = tf.keep(tf.tensor2d(scatter, [this.links.length, inputs * outputs]));
    const area = this.k[0] * this.k[1];
    this.kernel = this.addWeight('kernel', [area, this.links.length], 'float32', tf.initializers.glorotUniform({}));
    this.bias = this.addWeight('bias', [outputs], 'float32', tf.initializers.zeros());
  }
  computeOutputShape([batch, height, width]) {
    const side = (n, k) => Math.floor((n - k) / this.stride) + 1;
    return [batch, side(height, this.k[0]), side(width, this.k[1]), this.table[0].length];
  }
  call(inputs) {
    return tf.tidy(() => {
      const shape = [...this.k, this.table.length, this.table[0].length];
      const kernel = tf.reshape(tf.matMul(this.kernel.read(), this.scatter), shape);
      return tf.add(tf.conv2d([inputs].flat()[0], kernel, this.stride, 'valid'), this.bias.read());
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

const pair = ({ height, width }: Size2) => `[${height}, ${width}]`;

function layersOf(step: Step): { code: string; comment?: string }[] {
  switch (step.op) {
    case 'conv': {
      const pad = step.padding
        ? [
            {
              code: `tf.layers.zeroPadding2d({ padding: ${step.padding}, name: '${codeName(step.name)}_padding' })`,
            },
          ]
        : [];
      const core = step.table
        ? `new SparseConv2D({ table: ${constantName(step.name)}_TABLE, kernelSize: ${pair(step.kernel)}, stride: ${step.stride}, name: '${codeName(step.name)}' })`
        : `tf.layers.conv2d({ filters: ${step.filters}, kernelSize: ${pair(step.kernel)}, strides: ${step.stride}, name: '${codeName(step.name)}' })`;
      return [...pad, { code: core }];
    }
    case 'subsample':
      return [
        step.trainable
          ? {
              code: `new TrainableSubsampling({ window: ${pair(step.window)}, stride: ${step.stride}, name: '${codeName(step.name)}' })`,
            }
          : {
              code: `tf.layers.averagePooling2d({ poolSize: ${pair(step.window)}, strides: ${step.stride}, name: '${codeName(step.name)}' })`,
            },
      ];
    case 'activation':
      return [{ code: TFJS_ACTIVATIONS[step.activation](codeName(step.name)) }];
    case 'flatten':
      return [{ code: `tf.layers.flatten({ name: '${codeName(step.name)}' })` }];
    case 'dense':
      return step.perPosition
        ? [
            {
              code: `tf.layers.conv2d({ filters: ${step.units}, kernelSize: 1, name: '${codeName(step.name)}' })`,
              comment: 'the same units at every position',
            },
          ]
        : [{ code: `tf.layers.dense({ units: ${step.units}, name: '${codeName(step.name)}' })` }];
    case 'rbf':
      return [{ code: `new RBFOutput({ prototypes: PROTOTYPES, name: '${codeName(step.name)}' })` }];
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
  for (const { constant, table } of tablesOf(plan))
    parts.push(`const ${constant} = [\n${tableLiteral(table, '  ')}\n].map((row) => row.map(Boolean));\n`);
  if (plan.usesRbf) parts.push(`const PROTOTYPES = [ // 7 wide, 12 high, row by row\n${prototypeLiteral('  ')}\n];\n`);
  const { height, width } = plan.input;
  const lines = plan.steps
    .flatMap(layersOf)
    .map(({ code, comment }) => withComment(`model.add(${code})`, ';', '//', comment));
  parts.push(
    `const model = tf.sequential();\nmodel.add(tf.layers.inputLayer({ inputShape: [${height}, ${width}, ${plan.channels}] }));\n${lines.join('\n')}\nmodel.summary();\n`,
  );
  return parts.join('\n');
}
