import type { LaneActivation } from './plan.ts';

/** The number `activate` and `activationSlope` in assembly/lanes.ts take for each activation. */
export const ACTIVATION_CODE: Record<LaneActivation, number> = {
  identity: 0,
  'scaled-tanh': 1,
  tanh: 2,
  sigmoid: 3,
  relu: 4,
};
