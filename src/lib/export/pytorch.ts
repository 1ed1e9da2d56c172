import { PROTOTYPES } from '../lenet/prototypes.ts';
import { SCALED_TANH } from '../lenet/activation.ts';
import { prototypeLiteral, tableLiteral, type Plan, type Step } from './plan.ts';

const MODULES = {
  scaledTanh: `class ScaledTanh(nn.Module):
    """f(a) = A tanh(S a), the paper's squashing function."""
    def forward(self, x):
        return ${SCALED_TANH.amplitude} * torch.tanh(2 / 3 * x)
`,
  subsampling: `class TrainableSubsampling(nn.Module):
    """Sum of each 2x2 window, times a trainable coefficient, plus a bias, per map."""
    def __init__(self, maps):
        super().__init__()
        self.coefficient = nn.Parameter(torch.full((maps, 1, 1), 0.25))
        self.bias = nn.Parameter(torch.zeros(maps, 1, 1))
    def forward(self, x):
        return 4 * F.avg_pool2d(x, 2) * self.coefficient + self.bias
`,
  sparse: `class SparseConv2d(nn.Module):
    """A convolution whose output map m reads only the input maps marked in column m of table."""
    def __init__(self, table, kernel_size=5):
        super().__init__()
        table = torch.tensor(table, dtype=torch.bool)
        links = table.nonzero()  # one 5x5 kernel per link: exactly links*25 + maps weights
        scatter = torch.zeros(len(links), table.numel())
        scatter[torch.arange(len(links)), links[:, 1] * table.shape[0] + links[:, 0]] = 1
        self.register_buffer("scatter", scatter)
        self.shape = (table.shape[1], table.shape[0], kernel_size, kernel_size)
        self.kernel = nn.Parameter(torch.empty(len(links), kernel_size * kernel_size).uniform_(-0.2, 0.2))
        self.bias = nn.Parameter(torch.zeros(table.shape[1]))
    def forward(self, x):
        weight = (self.scatter.T @ self.kernel).reshape(self.shape)
        return F.conv2d(x, weight, self.bias)
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

function moduleLine(step: Step, maps: number): string {
  switch (step.op) {
    case 'conv':
      return step.table ? `SparseConv2d(C3_TABLE, ${step.kernel})` : `nn.LazyConv2d(${step.filters}, ${step.kernel})`;
    case 'subsample':
      return step.trainable ? `TrainableSubsampling(${maps})` : `nn.AvgPool2d(${step.window})`;
    case 'activation':
      return {
        'scaled-tanh': 'ScaledTanh()',
        tanh: 'nn.Tanh()',
        sigmoid: 'nn.Sigmoid()',
        relu: 'nn.ReLU()',
        softmax: 'nn.Softmax(dim=1)',
        identity: 'nn.Identity()',
      }[step.activation];
    case 'flatten':
      return 'nn.Flatten()';
    case 'dense':
      return step.perPosition
        ? `nn.LazyConv2d(${step.units}, 1)  # the same units at every position`
        : `nn.LazyLinear(${step.units})`;
    case 'rbf':
      return 'RBFOutput(PROTOTYPES)';
  }
}

/** The network as PyTorch code (NCHW), with the paper's parts as small modules. */
export function toPyTorch(plan: Plan): string {
  const parts = [
    'import torch\nfrom torch import nn\nimport torch.nn.functional as F\n',
    ...(plan.usesScaledTanh ? [MODULES.scaledTanh] : []),
    ...(plan.usesSubsampling ? [MODULES.subsampling] : []),
    ...(plan.usesSparse ? [MODULES.sparse] : []),
    ...(plan.usesRbf ? [MODULES.rbf] : []),
  ];
  const table = plan.steps.find((step) => step.op === 'conv' && step.table);
  if (table?.op === 'conv' && table.table) parts.push(`C3_TABLE = [\n${tableLiteral(table.table, '    ')}\n]\n`);
  if (plan.usesRbf)
    parts.push(`PROTOTYPES = [  # 7 wide, 12 high, row by row\n${prototypeLiteral(PROTOTYPES, '    ')}\n]\n`);
  let maps = plan.channels;
  const lines = plan.steps.map((step) => {
    const line = `    ${moduleLine(step, maps)},`;
    if (step.op === 'conv') maps = step.filters;
    return line;
  });
  const { height, width } = plan.input;
  parts.push(
    `model = nn.Sequential(\n${lines.join('\n')}\n)\nmodel(torch.zeros(1, ${plan.channels}, ${height}, ${width}))  # sizes the lazy layers\n` +
      `print(sum(p.numel() for p in model.parameters() if p.requires_grad), "trainable parameters")\n`,
  );
  return parts.join('\n');
}
