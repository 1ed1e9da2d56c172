import { tfl } from '../tf.ts';

/** The paper's initialisation: uniform in [-2.4 / F, 2.4 / F], F the unit's fan-in (Section III-C). */
export function uniformFanIn(fanIn: number, seed?: number) {
  const limit = 2.4 / fanIn;
  return tfl.initializers.randomUniform({ minval: -limit, maxval: limit, ...(seed === undefined ? {} : { seed }) });
}
