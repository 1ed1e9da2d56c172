import { PROTOTYPES } from '../lenet/prototypes.ts';
import { SCALED_TANH } from '../lenet/activation.ts';
import { prototypeLiteral, tableLiteral, type Plan, type Step } from './plan.ts';

const LAYERS = {
  scaledTanh: `class ScaledTanh(keras.layers.Layer):
    """f(a) = A tanh(S a), the paper's squashing function."""
    def call(self, x):
        return ${SCALED_TANH.amplitude} * tf.tanh(2 / 3 * x)
`,
  subsampling: `class TrainableSubsampling(keras.layers.Layer):
    """Sum of each 2x2 window, times a trainable coefficient, plus a bias, per map."""
    def build(self, shape):
        self.coefficient = self.add_weight(name="coefficient", shape=(shape[-1],), initializer=keras.initializers.Constant(0.25))
        self.bias = self.add_weight(name="bias", shape=(shape[-1],), initializer="zeros")
    def call(self, x):
        return 4 * tf.nn.avg_pool2d(x, 2, 2, "VALID") * self.coefficient + self.bias
`,
  sparse: `class SparseConv2D(keras.layers.Layer):
    """A convolution whose output map m reads only the input maps marked in column m of table."""
    def __init__(self, table, kernel_size=5, **kwargs):
        super().__init__(**kwargs)
        self.table, self.k = np.array(table, bool), kernel_size
        links = np.argwhere(self.table)  # one 5x5 kernel per link: exactly links*25 + maps weights
        scatter = np.zeros((len(links), self.table.size), np.float32)
        scatter[np.arange(len(links)), links[:, 0] * self.table.shape[1] + links[:, 1]] = 1
        self.scatter = tf.constant(scatter)
    def build(self, shape):
        self.kernel = self.add_weight(name="kernel", shape=(self.k * self.k, self.scatter.shape[0]))
        self.bias = self.add_weight(name="bias", shape=(self.table.shape[1],), initializer="zeros")
    def call(self, x):
        kernel = tf.reshape(self.kernel @ self.scatter, (self.k, self.k) + self.table.shape)
        return tf.nn.conv2d(x, kernel, 1, "VALID") + self.bias
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

function layerLine(step: Step): string {
  switch (step.op) {
    case 'conv':
      return step.table
        ? `SparseConv2D(C3_TABLE, ${step.kernel}, name="${step.name}")`
        : `keras.layers.Conv2D(${step.filters}, ${step.kernel}, name="${step.name}")`;
    case 'subsample':
      return step.trainable
        ? `TrainableSubsampling(name="${step.name}")`
        : `keras.layers.AveragePooling2D(${step.window}, name="${step.name}")`;
    case 'activation':
      return step.activation === 'scaled-tanh' ? 'ScaledTanh()' : `keras.layers.Activation("${step.activation}")`;
    case 'flatten':
      return 'keras.layers.Flatten()';
    case 'dense':
      return step.perPosition
        ? `keras.layers.Conv2D(${step.units}, 1, name="${step.name}")  # the same units at every position`
        : `keras.layers.Dense(${step.units}, name="${step.name}")`;
    case 'rbf':
      return `RBFOutput(PROTOTYPES, name="${step.name}")`;
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
  const table = plan.steps.find((step) => step.op === 'conv' && step.table);
  if (table?.op === 'conv' && table.table) parts.push(`C3_TABLE = [\n${tableLiteral(table.table, '    ')}\n]\n`);
  if (plan.usesRbf)
    parts.push(`PROTOTYPES = [  # 7 wide, 12 high, row by row\n${prototypeLiteral(PROTOTYPES, '    ')}\n]\n`);
  const { height, width } = plan.input;
  const lines = plan.steps.map((step) => `    ${layerLine(step)},`);
  parts.push(
    `model = keras.Sequential([\n    keras.Input((${height}, ${width}, ${plan.channels})),\n${lines.join('\n')}\n])\nmodel.summary()\n`,
  );
  return parts.join('\n');
}
