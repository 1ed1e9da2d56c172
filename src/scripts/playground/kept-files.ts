import { planOf, toPyTorch } from '../../lib/export/index.ts';
import { analyze } from '../../lib/lenet/index.ts';
import type { KeptNetwork } from '../../lib/playground/kept-network.ts';
import { npz, torchState } from '../../lib/weights/index.ts';

/** The kept network's PyTorch code and its weights as that code's state dict, or why they cannot be written. */
export function keptFiles(kept: KeptNetwork): { code: string; weights: Uint8Array<ArrayBuffer> } {
  const { network, placement } = kept;
  const analysis = analyze(network, placement.input);
  const plan = planOf(network, placement.input);
  if (!analysis.ok) throw new Error(analysis.error.message);
  if (!plan.ok) throw new Error(plan.error.message);
  const weights = new Map(kept.weights.map((array) => [array.name, array]));
  return { code: toPyTorch(plan.value), weights: npz(torchState(plan.value, analysis.value, weights)) };
}
