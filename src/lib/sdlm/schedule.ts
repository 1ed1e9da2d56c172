import { PAPER_TRAINING, type LearningRateStep } from '../paper/training.ts';

const STEPS: readonly LearningRateStep[] = PAPER_TRAINING.schedule;

/** eta for pass `pass`, counted from 0, by the paper's schedule (Section III-B) as PAPER_TRAINING gives it. */
export function etaOf(pass: number): number {
  const found = STEPS.find(
    (step) => pass + 1 >= step.fromPass && (step.toPass === undefined || pass + 1 <= step.toPass),
  );
  return (found ?? STEPS.at(-1)!).rate;
}

/** The passes, counted from 1, after which eta steps down. */
export const ETA_STEPS_AFTER: readonly number[] = STEPS.flatMap((step) =>
  step.toPass === undefined ? [] : [step.toPass],
);
