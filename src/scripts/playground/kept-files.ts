import { planOf, toPyTorch } from '../../lib/export/index.ts';
import { analyze, lenet5, PRESETS } from '../../lib/lenet/index.ts';
import { INPUT_SIZE } from '../../lib/mnist/dataset.ts';
import type { KeptNetwork } from '../../lib/playground/kept-network.ts';
import { npz, torchState } from '../../lib/weights/index.ts';

/** The kept network's PyTorch code and its weights as that code's state dict, or why they cannot be written. */
export function keptFiles(kept: KeptNetwork): { code: string; weights: Uint8Array<ArrayBuffer> } {
  const network = lenet5({ ...PRESETS[kept.variant], ...(kept.c3Table ? { c3Table: kept.c3Table } : {}) });
  const analysis = analyze(network, INPUT_SIZE);
  const plan = planOf(network, INPUT_SIZE);
  if (!analysis.ok) throw new Error(analysis.error.message);
  if (!plan.ok) throw new Error(plan.error.message);
  const weights = new Map(kept.weights.map((array) => [array.name, array]));
  return { code: toPyTorch(plan.value), weights: npz(torchState(plan.value, analysis.value, weights)) };
}
