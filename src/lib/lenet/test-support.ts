import { analyze, type Analysis } from './analyze.ts';
import type { NetworkSpec, Size2 } from './spec.ts';

/** The analysis of a network that tests expect to compute; anything else fails the test loudly. */
export function analysisOf(network: NetworkSpec, size: Size2): Analysis {
  const result = analyze(network, size);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
