import { FIGURE_NINE, INPUT_LEVELS, LENET5_RESULT, MNIST_FIELD, PAPER, PAPER_TRAINING } from '../lib/paper/index.ts';
import { analyze, formatCount, layerNamed, preset } from '../lib/lenet/index.ts';
import { pretrainedMetadata } from './pretrained.ts';
import { trainingSetStatistics } from './training-set-statistics.ts';

const measured = trainingSetStatistics();

/** The smallest square input at which the paper's C5 has more than one position. */
function c5GrowsAt(): string {
  for (let side = 32; side <= 64; side++) {
    const result = analyze(preset('paper'), { height: side, width: side });
    const c5 = result.ok ? layerNamed(result.value, 'C5') : undefined;
    if (c5 && c5.shape.height > 1) return `${side}x${side}`;
  }
  throw new Error('C5 never grows between 32x32 and 64x64.');
}

const percent = (value: number) => `${value}%`;
const errorPercent = (name: 'paper' | 'modern') => `${(pretrainedMetadata(name).testError * 100).toFixed(2)}%`;

/** Facts from the paper that pages quote, each written in one place. */
export const FACTS = {
  year: String(PAPER.year),
  testError: percent(LENET5_RESULT.testErrorPercent),
  trainingError: percent(LENET5_RESULT.trainingErrorPercent),
  distortedError: percent(LENET5_RESULT.withDistortionsPercent),
  distortedImages: formatCount(LENET5_RESULT.distortedImages),
  passesToConverge: String(LENET5_RESULT.passesToConverge),
  multiplyAccumulates: formatCount(LENET5_RESULT.multiplyAccumulates),
  trainingDigits: formatCount(PAPER_TRAINING.trainingDigits),
  testDigits: formatCount(PAPER_TRAINING.testDigits),
  passes: String(PAPER_TRAINING.passes),
  mu: String(PAPER_TRAINING.mu),
  hessianSamples: String(PAPER_TRAINING.hessianSamples),
  background: String(INPUT_LEVELS.background),
  foreground: String(INPUT_LEVELS.foreground),
  mnistBox: `${MNIST_FIELD.box}x${MNIST_FIELD.box}`,
  mnistField: `${MNIST_FIELD.field}x${MNIST_FIELD.field}`,
  bestError: percent(Math.min(...FIGURE_NINE.map((entry) => entry.testError))),
  classifiersCompared: String(FIGURE_NINE.length),
  sitePaperError: errorPercent('paper'),
  siteModernError: errorPercent('modern'),
  sitePaperEpochs: String(pretrainedMetadata('paper').epochs),
  siteModernEpochs: String(pretrainedMetadata('modern').epochs),
  c5GrowsAt: c5GrowsAt(),
  trainingInputMean: measured.mean.toFixed(2),
  trainingInputVariance: measured.variance.toFixed(2),
} as const;

export type FactName = keyof typeof FACTS;
