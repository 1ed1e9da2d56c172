import { SCALED_TANH } from '../lib/lenet/index.ts';
import { INPUT_LEVELS, PAPER_TRAINING } from '../lib/paper/index.ts';

/** S of the paper's squashing function as TeX writes the paper's fraction. */
export const SLOPE_TEX = String.raw`\tfrac{${SCALED_TANH.slopeFraction.numerator}}{${SCALED_TANH.slopeFraction.denominator}}`;

/** The site's formulas in TeX, each written once; constants come from the spec and the paper's data. */
export const FORMULAS = {
  outputSize: String.raw`n_{\text{out}} = \left\lfloor \frac{n_{\text{in}} + 2p - k}{s} \right\rfloor + 1`,
  convolutionUnit: String.raw`a = b + \sum_{c \in \text{inputs}} \sum_{u=1}^{k} \sum_{v=1}^{k} w_{c,u,v}\, x_{c,\,i+u-1,\,j+v-1}`,
  subsamplingUnit: String.raw`y = f\Big(\beta + \alpha \sum_{u,v \in \{0,1\}} x_{2i+u,\,2j+v}\Big)`,
  squashing: String.raw`f(a) = A \tanh(S a), \quad A = ${SCALED_TANH.amplitude},\; S = ${SLOPE_TEX}`,
  squashingFixedPoints: String.raw`f(1) \approx 1, \quad f(-1) \approx -1`,
  inputLevels: String.raw`x_{\text{background}} = ${INPUT_LEVELS.background}, \quad x_{\text{ink}} = ${INPUT_LEVELS.foreground}`,
  rbf: String.raw`y_i = \sum_{j=1}^{84} \left(x_j - w_{ij}\right)^2`,
  softmax: String.raw`p_i = \frac{e^{z_i}}{\sum_{k=0}^{9} e^{z_k}}, \quad z_i = b_i + \sum_{j=1}^{84} w_{ij} x_j`,
  lossMse: String.raw`E(W) = \frac{1}{P} \sum_{p=1}^{P} y_{D_p}(Z^p, W)`,
  lossMap: String.raw`E(W) = \frac{1}{P} \sum_{p=1}^{P} \Big( y_{D_p}(Z^p, W) + \log\big(e^{-j} + \textstyle\sum_i e^{-y_i(Z^p, W)}\big) \Big)`,
  crossEntropy: String.raw`E = -\frac{1}{P} \sum_{p=1}^{P} \log p_{D_p}`,
  sdlmStep: String.raw`\Delta w_k = -\frac{\eta}{\mu + h_{kk}} \frac{\partial E^p}{\partial w_k}, \quad \mu = ${PAPER_TRAINING.mu}`,
  initialisation: String.raw`w \sim \mathcal{U}\!\left(-\frac{${PAPER_TRAINING.initRange}}{F}, \frac{${PAPER_TRAINING.initRange}}{F}\right)`,
} as const;

export type FormulaName = keyof typeof FORMULAS;
