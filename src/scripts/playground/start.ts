import { preprocessDrawing, saveDrawing, type Ink } from '../../lib/drawing/index.ts';
import { seededRandom } from '../../lib/mnist/dataset.ts';
import { required } from '../dom.ts';
import { inspectView } from './inspect-view.ts';
import type { LiveReading } from './live-reading.ts';
import { loadRuntime, loadTestSet } from './lazy.ts';
import { padControls } from './pad-controls.ts';
import { pretrainedLoader } from './pretrained-loader.ts';
import { lineController } from './line-controller.ts';
import { startTraining } from './training.ts';
import { statusLine } from './status-line.ts';

/** `?seed=N` repeats the random test digits, for a lesson or a test; without it they differ each visit. */
function seedOf(text: string | null): { ok: true; value: number } | { ok: false; message: string } {
  if (text === null) return { ok: true, value: Date.now() };
  if (/^\d{1,9}$/.test(text)) return { ok: true, value: Number(text) };
  return {
    ok: false,
    message: `The address's seed "${text}" is not a whole number from 0 to 999999999, so the random digits are not repeatable this time.`,
  };
}

/** The test digits, with their download shown in the pad's message until they arrive; then `arrived`. */
function testDigitsSaid(padMessage: HTMLElement, arrived: () => void) {
  return () =>
    loadTestSet((received, total) => {
      const of = total ? ` of ${(total / 1e6).toFixed(1)}` : '';
      padMessage.textContent = `Downloading the test digits: ${(received / 1e6).toFixed(1)}${of} MB…`;
    }).then((set) => {
      // Put back what the pad says about its own drawing.
      if (padMessage.textContent.startsWith('Downloading')) arrived();
      return set;
    });
}

/** The second column: the network in training, or the one kept here, reads the digit too. */
function liveColumn(root: Document, inspect: ReturnType<typeof inspectView>) {
  const liveHeading = required(root, '#live-heading');
  return (reading: Promise<LiveReading>) => {
    reading
      .then((live) => {
        liveHeading.textContent = live.title;
        if (live.scores) inspect.showScores('live', live.scores.scores, live.scores.classifier, live.scores.answer);
        else inspect.showLiveNote(live.note);
      })
      .catch(() => inspect.showLiveNote('The trained network could not answer.'));
  };
}

/**
 * tfjs, the models and the test digits load once the reader draws, picks a digit, or scrolls past the pad to the
 * figures that need them; the pad itself is on the first screen, and looking at it costs nothing. `load` runs
 * once, when the first of `selectors` comes near the screen.
 */
function loadWhenNear(root: Document, selectors: readonly string[], load: () => void): void {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    load();
  });
  for (const selector of selectors) observer.observe(required(root, selector));
}

export function startPlayground(root: Document): void {
  const status = required(root, '#runtime-status');
  const padMessage = required(root, '#pad-message');
  const inspect = inspectView(root);
  const seed = seedOf(new URLSearchParams(location.search).get('seed'));
  const { failed, ready } = statusLine(status, seed.ok ? undefined : seed.message);
  const random = seededRandom(seed.ok ? seed.value : Date.now());
  let input: Float32Array | undefined;
  /** The pad's digit as MNIST would hold it, when the pad holds one. */
  let digit: Uint8Array | undefined;

  const testDigits = testDigitsSaid(padMessage, () => update());
  const pretrained = pretrainedLoader(
    required<HTMLSelectElement>(root, '#train-network'),
    required<HTMLSelectElement>(root, '#pretrained-weights'),
    {
      loading: () => inspect.showPretrainedNote('Loading the model…'),
      ready,
      // Said where the reader waits for the answer, as well as in the line at the top.
      failed: (error) => inspect.showPretrainedNote(failed('Loading the network')(error)),
      changed: () => update(),
    },
  );
  const showLive = liveColumn(root, inspect);

  /** From the pad's ink to the predictions and maps; `data-update-ms` records how long it took. */
  function update(): void {
    const began = performance.now();
    const { pad, picked } = controls;
    const ink: Ink = pad.ink();
    const result = preprocessDrawing(ink);
    input = inspect.showDrawing(ink, result);
    digit = result.status === 'ok' ? result.centred.pixels : undefined;
    // The guide's figures offer the reader's own drawing; a test digit shown on the pad is not one.
    if (digit && !picked) saveDrawing(localStorage, digit);
    if (picked && result.status === 'ok')
      padMessage.textContent = `Test digit ${picked.index}, labelled ${picked.label}.`;
    const model = pretrained.model;
    if (input && model) {
      const inspection = model.inspector.inspect(input);
      inspect.showScores('pretrained', inspection.scores, inspection.classifier, inspection.answer);
      inspect.showInside(inspection);
      pad.canvas.dataset['updateMs'] = (performance.now() - began).toFixed(2);
      pad.canvas.dataset['answer'] = String(inspection.answer);
    } else if (input) {
      pretrained.ensure();
    }
    showLive(training.live(digit));
  }

  const controls = padControls(root, { random, testDigits, failed, changed: update });
  const training = startTraining(root, {
    onPick: (index) => controls.pickAndShow(index),
    // The line at the top promises it: the network loads when the reader draws, picks a digit or trains.
    onStart: () => pretrained.ensure(),
    onTested: () => showLive(training.live(digit)),
  });
  const line = lineController(root, { random, testDigits, runtime: loadRuntime, failed });
  loadWhenNear(root, ['#inside-heading'], () => pretrained.ensure());
  // Section VII's SDNN and its model load only for its own section, as it comes into view or is used.
  loadWhenNear(root, ['#line-pad'], () => line.start());
}
