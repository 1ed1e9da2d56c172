import type { FromWorker, TrainingSettings } from '../../lib/model/worker/protocol.ts';
import { PRINTED_DIGITS } from '../../lib/sdlm/printed-run.ts';
import { digitsInPass } from './where-in-words.ts';
import { required } from '../dom.ts';
import { duration } from '../readable-numbers.ts';

type ProgressEvent = Extract<FromWorker, { type: 'progress' }>;

/** How far the run is: the bar, the batches (or digits) done, the speed, and the time left with pauses left out. */
export function progressView(root: ParentNode, current: () => TrainingSettings | undefined) {
  const totalEpochs = () => current()?.epochs ?? 1;
  const speed = required(root, '#train-speed');
  const batches = required(root, '#train-batches');
  const batchesLabel = required(root, '#train-batches-label');
  const progress = required<HTMLProgressElement>(root, '#train-progress');
  const timeLeft = required(root, '#train-time-left');
  let batchesDone = 0;
  /** Seconds the run spent paused, left out of the time it has left; and when the present pause began. */
  let pausedSeconds = 0;
  let pausedAt: number | undefined;

  /** What is left at the pace so far, paused time left out. */
  const secondsLeft = (event: ProgressEvent, total: number) =>
    ((total - batchesDone) * Math.max(event.seconds - pausedSeconds, 0)) / Math.max(batchesDone, 1);

  return {
    clear(): void {
      pausedSeconds = 0;
      pausedAt = undefined;
      batchesDone = 0;
      progress.value = 0;
      batches.textContent = '0';
      batchesLabel.textContent = 'Batches';
      speed.textContent = '–';
      timeLeft.textContent = '';
    },
    show(event: ProgressEvent): void {
      if (pausedAt !== undefined) pausedSeconds += (performance.now() - pausedAt) / 1000;
      pausedAt = undefined;
      batchesDone = event.epoch * event.batches + event.batch + 1;
      const total = Math.round(totalEpochs() * event.batches);
      progress.max = total;
      progress.value = Math.min(batchesDone, total);
      const recipe = current()?.recipe;
      // A recipe run updates after every digit; its "batches" are only how often it reports.
      batchesLabel.textContent = recipe ? 'Digits' : 'Batches';
      batches.textContent = recipe
        ? `${(event.epoch * recipe.patterns + digitsInPass(event, recipe)).toLocaleString('en-US')} of ${(recipe.passes * recipe.patterns).toLocaleString('en-US')}`
        : `${batchesDone.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
      speed.textContent = `${Math.round(event.samplesPerSecond).toLocaleString('en-US')} digits/s`;
      timeLeft.textContent = `About ${duration(secondsLeft(event, total))} left.`;
    },
    /** The clock of the run stops while it waits; so does its estimate, from the last report `before` the pause. */
    paused(before: ProgressEvent | undefined): void {
      pausedAt ??= performance.now();
      const total = before && Math.round(totalEpochs() * before.batches);
      timeLeft.textContent =
        before && total
          ? `Paused with about ${duration(secondsLeft(before, total))} of training left; press Resume to go on.`
          : 'Paused; press Resume to go on.';
    },
    /**
     * A printed run's digit: it updates after every one, and stops when it diverges, at most at `PRINTED_DIGITS`;
     * so its counters are the digits seen and their pace, with no time left to tell.
     */
    printed(digits: number, seconds: number): void {
      batchesLabel.textContent = 'Digits';
      batches.textContent = `${digits.toLocaleString('en-US')} of at most ${PRINTED_DIGITS.toLocaleString('en-US')}`;
      progress.max = PRINTED_DIGITS;
      progress.value = digits;
      if (seconds > 0) speed.textContent = `${Math.round(digits / seconds).toLocaleString('en-US')} digits/s`;
    },
    /**
     * A printed run ended where it diverged, or at its last digit: its count is what it read, and its bar stays
     * where the run got to, out of the most it could have read; full only when it read them all.
     */
    printedEnded(digits: number): void {
      batches.textContent = digits.toLocaleString('en-US');
      progress.max = PRINTED_DIGITS;
      progress.value = Math.min(digits, PRINTED_DIGITS);
      timeLeft.textContent = '';
    },
    /** The run is over, or shown as kept: no time is left to tell. */
    ended(): void {
      timeLeft.textContent = '';
    },
  };
}
