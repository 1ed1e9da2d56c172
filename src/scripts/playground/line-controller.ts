import { lineFromDrawing } from '../../lib/sdnn/drawn-line.ts';
import type { Line } from '../../lib/sdnn/compose.ts';
import { composeString } from '../../lib/sdnn/sdnn-data.ts';
import { digitPicker } from '../../lib/sdnn/window-batch.ts';
import type { MnistSet } from '../../lib/mnist/index.ts';
import { required } from '../dom.ts';
import type { Runtime } from './model-runtime.ts';
import { oneAtATime } from './one-at-a-time.ts';
import { DrawingPad } from './pad.ts';
import { lineView } from './line-view.ts';
import { stringForm } from './string-form.ts';

/** Pen width on the wide pad (1200x300): about 2.5 rows once a line is scaled to 20-row digits. */
const LINE_STROKE = 24;

export interface LineInputs {
  readonly random: () => number;
  readonly testDigits: () => Promise<MnistSet>;
  readonly runtime: () => Promise<Runtime>;
  /** Says what failed in the line at the top of the page, and gives the sentence back. */
  readonly failed: (what: string) => (error: unknown) => string;
}

/**
 * Section VII in the playground: the reader writes a line on the wide pad, or composes a test string
 * of MNIST test digits, and the SDNN reads it, once a frame while the pen moves and never two at once.
 */
export function lineController(root: Document, inputs: LineInputs) {
  const view = lineView(root);
  const form = stringForm(root);
  /** The test string on the pad, read as composed until the reader draws over it. */
  let composed: Line | undefined;
  let frame = 0;
  let started = false;
  let loaded = false;
  /** Counts what the reader did to the pad; a test string that arrives after the reader drew or cleared is dropped. */
  let changes = 0;

  const readOnce = async () => {
    const line = composed ? { status: 'ok' as const, ink: composed.ink } : lineFromDrawing(pad.ink());
    if (line.status !== 'ok') {
      view.showProblem(line.message);
      return;
    }
    const labels = composed?.digits.map((digit) => digit.label);
    if (!loaded) view.showNote('Loading tfjs and the SDNN’s model…');
    const runtime = await inputs.runtime();
    view.showReading(line.ink, await runtime.readLine(line.ink), labels);
    loaded = true;
  };
  // A failure is said under the pad too, where the reader waits for the reading.
  const failedHere = (what: string) => (error: unknown) => view.showProblem(inputs.failed(what)(error));
  const read = oneAtATime(readOnce, failedHere('Reading the line'));
  const pad = new DrawingPad(
    required<HTMLCanvasElement>(root, '#line-pad'),
    () => {
      started = true;
      changes++;
      composed = undefined;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        read();
      });
    },
    LINE_STROKE,
  );
  const compose = async () => {
    const settings = form.settings();
    if (!settings) return;
    started = true;
    const asked = ++changes;
    view.showNote('Composing a string of test digits…');
    const set = await inputs.testDigits();
    if (asked !== changes) return;
    composed = composeString(inputs.random, digitPicker(set, inputs.random), settings);
    pad.showInk(composed.ink);
    read();
  };

  required(root, '#line-form').addEventListener('submit', (event) => {
    event.preventDefault();
    compose().catch(failedHere('Composing a test string'));
  });
  required(root, '#line-clear').addEventListener('click', () => {
    started = true;
    changes++;
    pad.clear();
    composed = undefined;
    read();
  });

  return {
    /** A first test string, read, when the section comes into view and the reader has not used it yet. */
    start() {
      if (!started) compose().catch(failedHere('Composing a test string'));
    },
  };
}
