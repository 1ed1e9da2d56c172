import { analyze } from '../lenet/analyze.ts';
import { formatCount } from '../lenet/format.ts';
import { formatSize } from '../lenet/input-size.ts';
import { lanePlan } from '../lanes/plan.ts';
import { laneRefusalInWords } from '../lanes/refusal-words.ts';
import { MAX_TRAINING_MACS, whyNotTrainable, type TrainingNetwork } from './networks.ts';

/** What the field takes, whichever network it shows. */
const ANY_NETWORK = `Adam trains any network of the explorer, edited or not, up to ${formatCount(MAX_TRAINING_MACS)} multiply-adds per digit.`;

/**
 * The line under the training form's Network field: the chosen network's size and cost, what the field takes,
 * and, for a network the lane engine cannot run, which field keeps it on tfjs; or why the network cannot be
 * trained. It depends on the chosen network alone, so that the page shows the same words for the same settings
 * however the reader got to them (on first load, or after another recipe).
 */
export function networkHint(choice: TrainingNetwork): string {
  const why = whyNotTrainable(choice);
  if (why) return `${choice.label} cannot be trained here. ${why}`;
  const analysis = analyze(choice.network, choice.placement.input);
  const cost = analysis.ok
    ? `, ${formatCount(analysis.value.totals.trainable)} parameters, ${formatCount(analysis.value.totals.macs)} multiply-adds per digit`
    : '';
  const planned = lanePlan(choice.network, choice.placement.input);
  const lanes = planned.ok ? '' : ` ${laneRefusalInWords(planned.refusal)}`;
  return `${choice.label}: ${formatSize(choice.placement.input)} input${cost}. ${ANY_NETWORK}${lanes}`;
}
