import { SCALED_TANH, SLOPE_IN_CODE, type Activation } from '../lenet/activation.ts';
import { torchName } from '../lenet/names.ts';
import type { Size2 } from '../lenet/spec.ts';
import { prototypeLiteral, tableLiteral, tablesOf, constantName, withComment, type Plan, type Step } from './plan.ts';

const MODULES = {
  scaledTanh: `class ScaledTanh(nn.Module):
    """f(a) = A tanh(S a), the paper's squashing function."""
    def forward(self, x):
        return ${SCALED_TANH.amplitude} * torch.tanh(${SLOPE_IN_CODE} * x)
`,
  subsampling: `class TrainableSubsampling(nn.Module):
    """Sum of each window, times a trainable coefficient, plus a bias, per map."""
    def __init__(self, maps, window=2, stride=None):
        super().__init__()
        self.window = nn.modules.utils._pair(window)
        self.stride = stride or self.window
        self.coefficient = nn.Parameter(torch.full((maps, 1, 1), 1 / (self.window[0] * self.window[1])))
        self.bias = nn.Parameter(torch.zeros(maps, 1, 1))
    def forward(self, x):
        total = F.avg_pool2d(x, self.window, self.stride) * (self.window[0] * self.window[1])
        return total * self.coefficient + self.bias
`,
  sparse: `class SparseConv2d(nn.Module):
    """A convolution whose output map m reads only the input maps marked in column m of table."""
    def __init__(self, table, kernel_size=5, stride=1, padding=0):
        super().__init__()
        table = torch.tensor(table, dtype=torch.bool)
        kh, kw = nn.modules.utils._pair(kernel_size)
        links = table.nonzero()  # one kernel per link: exactly links * kh * kw + maps weights
        scatter = torch.zeros(len(links), table.numel())
        scatter[torch.arange(len(links)), links[:, 1] * table.shape[0] + links[:, 0]] = 1
        self.register_buffer("scatter", scatter, persistent=False)
        self.register_buffer("table", table, persistent=False)
        self.shape, self.stride, self.padding = (table.shape[1], table.shape[0], kh, kw), stride, padding
        bound = (3 / (kh * kw * len(links) / table.shape[1])) ** 0.5
        self.kernel = nn.Parameter(torch.empty(len(links), kh * kw).uniform_(-bound, bound))
        self.bias = nn.Parameter(torch.zeros(table.shape[1]))
    def forward(self, x):
        weight = (self.scatter.T @ self.kernel).reshape(self.shape)
        return F.conv2d(x, weight, self.bias, self.stride, self.padding)
`,
  rbf: `class RBFOutput(nn.Module):
    """Squared Euclidean distance from the input to each fixed prototype (not trained)."""
    def __init__(self, prototypes):
        super().__init__()
        self.register_buffer("prototypes", torch.tensor([[1.0 if c == "#" else -1.0 for c in p] for p in prototypes]))
    def forward(self, x):
        x = x.movedim(1, -1)
        return ((x[..., None, :] - self.prototypes) ** 2).sum(-1).movedim(-1, 1)
`,
};

/** Each activation as a PyTorch module: a new activation is a type error here. */
const ACTIVATIONS: Readonly<Record<Activation, string>> = {
  'scaled-tanh': 'ScaledTanh()',
  tanh: 'nn.Tanh()',
  sigmoid: 'nn.Sigmoid()',
  relu: 'nn.ReLU()',
  softmax: 'nn.Softmax(dim=1)',
  identity: 'nn.Identity()',
};

const pair = ({ height, width }: Size2) => (height === width ? `${height}` : `(${height}, ${width})`);
const sameAsWindow = (window: Size2, stride: number) => window.height === stride && window.width === stride;
const options = (entries: readonly [string, number, number][]) =>
  entries.flatMap(([name, value, usual]) => (value === usual ? [] : [`, ${name}=${value}`])).join('');

function moduleOf(step: Step, maps: number): { code: string; comment?: string } {
  switch (step.op) {
    case 'conv': {
      const rest = `${pair(step.kernel)}${options([
        ['stride', step.stride, 1],
        ['padding', step.padding, 0],
      ])}`;
      if (step.table) return { code: `SparseConv2d(${constantName(step.name)}_TABLE, ${rest})` };
      return { code: `nn.LazyConv2d(${step.filters}, ${rest})` };
    }
    case 'subsample': {
      const stride = sameAsWindow(step.window, step.stride) ? '' : `, stride=${step.stride}`;
      if (step.trainable) return { code: `TrainableSubsampling(${maps}, ${pair(step.window)}${stride})` };
      return { code: `nn.AvgPool2d(${pair(step.window)}${stride})` };
    }
    case 'activation':
      return { code: ACTIVATIONS[step.activation] };
    case 'flatten':
      return { code: 'nn.Flatten()' };
    case 'dense':
      return step.perPosition
        ? { code: `nn.LazyConv2d(${step.units}, 1)`, comment: 'the same units at every position' }
        : { code: `nn.LazyLinear(${step.units})` };
    case 'rbf':
      return { code: 'RBFOutput(PROTOTYPES)' };
  }
}

/** What the reader runs to load weights downloaded from the site into this model. */
const LOAD_WEIGHTS = `# To use weights from the site (the "Download weights for PyTorch" button), uncomment:
# import numpy as np
# model.load_state_dict({k: torch.from_numpy(v) for k, v in np.load("lenet5-weights.npz").items()})`;

/** The network as PyTorch code (NCHW), with the paper's parts as small modules, each named as on the site. */
export function toPyTorch(plan: Plan): string {
  const parts = [
    'from collections import OrderedDict\n\nimport torch\nfrom torch import nn\nimport torch.nn.functional as F\n',
    ...(plan.usesScaledTanh ? [MODULES.scaledTanh] : []),
    ...(plan.usesSubsampling ? [MODULES.subsampling] : []),
    ...(plan.usesSparse ? [MODULES.sparse] : []),
    ...(plan.usesRbf ? [MODULES.rbf] : []),
  ];
  for (const { constant, table } of tablesOf(plan)) parts.push(`${constant} = [\n${tableLiteral(table, '    ')}\n]\n`);
  if (plan.usesRbf) parts.push(`PROTOTYPES = [  # 7 wide, 12 high, row by row\n${prototypeLiteral('    ')}\n]\n`);
  let maps = plan.channels;
  const lines = plan.steps.map((step) => {
    const { code, comment } = moduleOf(step, maps);
    if (step.op === 'conv') maps = step.filters;
    return withComment(`    (${JSON.stringify(torchName(step.name))}, ${code})`, ',', '#', comment);
  });
  const { height, width } = plan.input;
  parts.push(
    `model = nn.Sequential(OrderedDict([\n${lines.join('\n')}\n]))\n` +
      `model(torch.zeros(1, ${plan.channels}, ${height}, ${width}))  # sizes the lazy layers\n` +
      `print(sum(p.numel() for p in model.parameters() if p.requires_grad), "trainable parameters")\n\n${LOAD_WEIGHTS}\n`,
  );
  return parts.join('\n');
}
