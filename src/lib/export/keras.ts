import { SCALED_TANH, SLOPE_IN_CODE, type Activation } from '../lenet/activation.ts';
import { codeName } from '../lenet/names.ts';
import type { Size2 } from '../lenet/spec.ts';
import { prototypeLiteral, tableLiteral, tablesOf, constantName, withComment, type Plan, type Step } from './plan.ts';

const builtIn = (activation: string) => (name: string) => `keras.layers.Activation("${activation}", name=${name})`;

/** Each activation as a Keras layer, given its quoted name: a new activation is a type error here. */
const KERAS_ACTIVATIONS: Readonly<Record<Activation, (name: string) => string>> = {
  'scaled-tanh': (name) => `ScaledTanh(name=${name})`,
  tanh: builtIn('tanh'),
  sigmoid: builtIn('sigmoid'),
  relu: builtIn('relu'),
  softmax: builtIn('softmax'),
  identity: builtIn('linear'),
};

const LAYERS = {
  scaledTanh: `class ScaledTanh(keras.layers.Layer):
    """f(a) = A tanh(S a), the paper's squashing function."""
    def call(self, x):
        return ${SCALED_TANH.amplitude} * tf.tanh(${SLOPE_IN_CODE} * x)
`,
  subsampling: `class TrainableSubsampling(keras.layers.Layer):
    """Sum of each window, times a trainable coefficient, plus a bias, per map."""
    def __init__(self, window=(2, 2), stride=None, **kwargs):
        super().__init__(**kwargs)
        self.window = (window, window) if isinstance(window, int) else tuple(window)
        self.stride = stride or self.window
    def build(self, shape):
        start = keras.initializers.Constant(1 / (self.window[0] * self.window[1]))
        self.coefficient = self.add_weight(name="coefficient", shape=(shape[-1],), initializer=start)
        self.bias = self.add_weight(name="bias", shape=(shape[-1],), initializer="zeros")
    def call(self, x):
        total = tf.nn.avg_pool2d(x, self.window, self.stride, "VALID") * (self.window[0] * self.window[1])
        return total * self.coefficient + self.bias
`,
  sparse: `class SparseConv2D(keras.layers.Layer):
    """A convolution whose output map m reads only the input maps marked in column m of table."""
    def __init__(self, table, kernel_size=(5, 5), stride=1, **kwargs):
        super().__init__(**kwargs)
        self.table, self.stride = np.array(table, bool), stride
        self.k = (kernel_size, kernel_size) if isinstance(kernel_size, int) else tuple(kernel_size)
        links = np.argwhere(self.table)  # one kernel per link: exactly links * kh * kw + maps weights
        scatter = np.zeros((len(links), self.table.size), np.float32)
        scatter[np.arange(len(links)), links[:, 0] * self.table.shape[1] + links[:, 1]] = 1
        self.scatter = tf.constant(scatter)
    def build(self, shape):
        self.kernel = self.add_weight(name="kernel", shape=(self.k[0] * self.k[1], self.scatter.shape[0]))
        self.bias = self.add_weight(name="bias", shape=(self.table.shape[1],), initializer="zeros")
    def call(self, x):
        kernel = tf.reshape(self.kernel @ self.scatter, self.k + self.table.shape)
        return tf.nn.conv2d(x, kernel, self.stride, "VALID") + self.bias
`,
  rbf: `class RBFOutput(keras.layers.Layer):
    """Squared Euclidean distance from the input to each fixed prototype (not trained)."""
    def __init__(self, prototypes, **kwargs):
        super().__init__(**kwargs)
        self.prototypes = tf.constant([[1.0 if c == "#" else -1.0 for c in p] for p in prototypes])
    def call(self, x):
        return tf.reduce_sum(tf.square(x[..., None, :] - self.prototypes), axis=-1)
`,
};

const pair = ({ height, width }: Size2) => (height === width ? `${height}` : `(${height}, ${width})`);
const quoted = (name: string) => JSON.stringify(codeName(name));

function layersOf(step: Step): { code: string; comment?: string }[] {
  switch (step.op) {
    case 'conv': {
      // Keras pads only to "same"; any other padding is a layer of its own before the convolution.
      const pad = step.padding
        ? [{ code: `keras.layers.ZeroPadding2D(${step.padding}, name=${quoted(`${step.name}_padding`)})` }]
        : [];
      const stride = step.stride === 1 ? '' : `, ${step.table ? 'stride' : 'strides'}=${step.stride}`;
      const name = `, name=${quoted(step.name)}`;
      const core = step.table
        ? `SparseConv2D(${constantName(step.name)}_TABLE, ${pair(step.kernel)}${stride}${name})`
        : `keras.layers.Conv2D(${step.filters}, ${pair(step.kernel)}${stride}${name})`;
      return [...pad, { code: core }];
    }
    case 'subsample': {
      const name = `name=${quoted(step.name)}`;
      return step.trainable
        ? [{ code: `TrainableSubsampling(${pair(step.window)}, ${step.stride}, ${name})` }]
        : [{ code: `keras.layers.AveragePooling2D(${pair(step.window)}, ${step.stride}, ${name})` }];
    }
    case 'activation':
      return [{ code: KERAS_ACTIVATIONS[step.activation](quoted(step.name)) }];
    case 'flatten':
      return [{ code: `keras.layers.Flatten(name=${quoted(step.name)})` }];
    case 'dense':
      return step.perPosition
        ? [
            {
              code: `keras.layers.Conv2D(${step.units}, 1, name=${quoted(step.name)})`,
              comment: 'the same units at every position',
            },
          ]
        : [{ code: `keras.layers.Dense(${step.units}, name=${quoted(step.name)})` }];
    case 'rbf':
      return [{ code: `RBFOutput(PROTOTYPES, name=${quoted(step.name)})` }];
  }
}

/** The network as Keras code with the paper's parts as small custom layers. */
export function toKeras(plan: Plan): string {
  const parts = [
    'import numpy as np\nimport tensorflow as tf\nfrom tensorflow import keras\n',
    ...(plan.usesScaledTanh ? [LAYERS.scaledTanh] : []),
    ...(plan.usesSubsampling ? [LAYERS.subsampling] : []),
    ...(plan.usesSparse ? [LAYERS.sparse] : []),
    ...(plan.usesRbf ? [LAYERS.rbf] : []),
  ];
  for (const { constant, table } of tablesOf(plan)) parts.push(`${constant} = [\n${tableLiteral(table, '    ')}\n]\n`);
  if (plan.usesRbf) parts.push(`PROTOTYPES = [  # 7 wide, 12 high, row by row\n${prototypeLiteral('    ')}\n]\n`);
  const { height, width } = plan.input;
  const lines = plan.steps.flatMap(layersOf).map(({ code, comment }) => withComment(`    ${code}`, ',', '#', comment));
  parts.push(
    `model = keras.Sequential([\n    keras.Input((${height}, ${width}, ${plan.channels})),\n${lines.join('\n')}\n])\nmodel.summary()\n`,
  );
  return parts.join('\n');
}
