import { SCALED_TANH } from '../lenet/activation.ts';
import type { LayerSteps } from '../sdlm/layer-steps.ts';
import { SATURATED_DIGITS, SATURATED_SHARE, SATURATION, type PrintedOutcome } from '../sdlm/printed-run.ts';
import { DIVERGENCE_WINDOW } from '../sdlm/run.ts';
import type { PaperRecipe } from '../sdlm/recipe.ts';
import { PLAYGROUND_RECIPE } from './settings.ts';

const share = (value: number) => `${Math.round(value * 100)}%`;
const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** One digit of the printed run, in words: where it is and what F6 did. */
export function printedDigitWords(digit: {
  digits: number;
  label: number;
  answer: number;
  loss: number;
  saturated: number;
}): string {
  return `Digit ${digit.digits} (a ${digit.label}, answered ${digit.answer}): loss ${digit.loss.toFixed(1)}, ${share(digit.saturated)} of F6's units saturated.`;
}

/**
 * How the printed run ended, for the line above the counters: where it stopped, after how long (`time`, in words),
 * and the last digit's loss; the verdict below says why.
 */
export function printedEndWords(outcome: PrintedOutcome, time: string, lastLoss: number | undefined): string {
  const loss = lastLoss === undefined ? '' : `; the last digit's loss was ${lastLoss.toFixed(1)}`;
  return outcome.divergedAfter === undefined
    ? `Ended after ${outcome.digits} digits, in ${time}, without diverging${loss}. The verdict is below.`
    : `Diverged after ${outcome.divergedAfter} digits, in ${time}${loss}. Why is below.`;
}

/** How the printed run ended, and why, from what it measured. */
export function printedVerdict(
  outcome: PrintedOutcome,
  steps: { eta: number; cap: number; layers: readonly LayerSteps[] },
  recipe: PaperRecipe,
): string {
  const capped = steps.layers.filter((layer) => layer.atCap >= 0.99).map((layer) => layer.name);
  const why = capped.length
    ? `With η as printed (${steps.eta}), every step of ${list(capped)} sits at the cap η/μ = ${steps.cap}: the estimated curvature there is far below μ = ${recipe.mu}, so μ alone sets the step.`
    : `With η as printed (${steps.eta}), the steps reach up to ${Math.max(...steps.layers.map((layer) => layer.max)).toPrecision(2)}.`;
  if (outcome.divergedAfter === undefined)
    return `${why} Even so, F6 did not stay saturated within ${outcome.digits} digits.`;
  return `Diverged after ${outcome.digits} digits: for ${SATURATED_DIGITS} digits in a row at least ${share(SATURATED_SHARE)} of F6's units were saturated (beyond ${share(SATURATION)} of ±${SCALED_TANH.amplitude}, the flat ends of the scaled tanh, where its slope is nearly zero). ${why} Such large steps in the early layers drive F6 to its limits, where it answers much the same whatever the digit and learns little. This page stops at saturation because it follows the first digits one by one; the full runs on the results page stop when the mean loss over ${DIVERGENCE_WINDOW.toLocaleString('en')} digits climbs above the untrained network's, which the printed schedule also does within its first ${DIVERGENCE_WINDOW.toLocaleString('en')} digits. This is why the site's runs of the recipe scale η by ${PLAYGROUND_RECIPE.etaScale}.`;
}
