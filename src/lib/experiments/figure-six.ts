import { EXPERIMENTS, type ExperimentId, type ExperimentRecords } from './experiments.ts';
import { errorSpreads, type Spread } from './summary.ts';

/** Fig. 6's points as this site measured them: per training-set size, test and training error in percent. */
export interface SizePoint {
  readonly thousands: number;
  readonly test: Spread | undefined;
  readonly train: Spread | undefined;
}

export const FIGURE_SIX_SIZES = [
  'fig6-7500',
  'fig6-15000',
  'fig6-30000',
  'fig6-60000',
] as const satisfies readonly ExperimentId[];

export function figureSixPoints(records: ExperimentRecords) {
  const point = (id: ExperimentId): SizePoint => ({
    thousands: EXPERIMENTS[id].trainDigits / 1000,
    ...errorSpreads(records[id]?.runs ?? []),
  });
  return { sizes: FIGURE_SIX_SIZES.map(point), distorted: point('paper-distorted') };
}
