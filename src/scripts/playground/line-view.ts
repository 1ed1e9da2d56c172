import type { Ink } from '../../lib/drawing/index.ts';
import { tooManyDigits } from '../../lib/sdnn/drawn-line.ts';
import type { LineReading } from '../../lib/sdnn/line-reading.ts';
import { windowLeft } from '../../lib/sdnn/line-reading.ts';
import { digitsText, positionWords } from '../../lib/sdnn/position-words.ts';
import { WINDOW } from '../../lib/sdnn/sdnn-data.ts';
import { editDistance } from '../../lib/sdnn/string-metrics.ts';
import { required } from '../dom.ts';
import { drawLineFigure, LINE_SCALE, positionAt } from './line-figure.ts';

const KEYS: Record<string, (position: number, last: number) => number> = {
  ArrowLeft: (position) => position - 1,
  ArrowDown: (position) => position - 1,
  ArrowRight: (position) => position + 1,
  ArrowUp: (position) => position + 1,
  PageDown: (position) => position - 8,
  PageUp: (position) => position + 8,
  Home: () => 0,
  End: (_, last) => last,
};

/** What the reading says, and how it compares with the digits a test string was composed from. */
function answerWords(reading: LineReading, composed: readonly number[] | undefined): [string, string] {
  const read = reading.interpretation.labels;
  const more = [
    `The best class at each position, each run counted once and blanks dropped, reads ${digitsText(reading.bestLabels)}.`,
  ];
  if (composed) {
    const edits = editDistance(read, composed);
    more.push(
      `The test string was composed from ${digitsText(composed)}: ` +
        (edits === 0
          ? 'the transducer reads it right.'
          : `the transducer's reading is ${edits} edit${edits === 1 ? '' : 's'} away.`),
    );
  }
  return [`The transducer reads ${digitsText(read)}.`, more.join(' ')];
}

interface SliderState {
  /** The reading's positions; 0 while nothing is read. */
  positions(): number;
  /** The position outlined now, or the one last chosen. */
  current(): number;
  chosen(): number;
  point(position: number | undefined): void;
  keepInView(position: number): void;
}

/** The figure as a slider over the positions: pointing outlines one, and so do focus and the arrow keys. */
function sliderEvents(figure: HTMLCanvasElement, state: SliderState): void {
  const pointAt = (event: PointerEvent) => {
    if (state.positions() > 0) state.point(positionAt(event.offsetX, state.positions()));
  };
  figure.addEventListener('pointermove', pointAt);
  // A tap on a phone moves no pointer: the position tapped is chosen on the way down, before focus outlines the chosen one.
  figure.addEventListener('pointerdown', pointAt);
  figure.addEventListener('pointerleave', () =>
    state.point(document.activeElement === figure ? state.chosen() : undefined),
  );
  figure.addEventListener('focus', () => state.point(state.chosen()));
  figure.addEventListener('blur', () => state.point(undefined));
  figure.addEventListener('keydown', (event) => {
    const move = KEYS[event.key];
    if (!move || state.positions() === 0) return;
    event.preventDefault();
    const last = state.positions() - 1;
    const next = Math.min(last, Math.max(0, move(state.current(), last)));
    state.point(next);
    state.keepInView(next);
  });
}

/**
 * The section's figure and words: the ink the SDNN read with its classes at every position, a
 * slider over the positions (pointer or arrow keys) that outlines one window, and the readings.
 */
export function lineView(root: ParentNode) {
  const figure = required<HTMLCanvasElement>(root, '#line-figure');
  const scroller = required(root, '#line-scroller');
  const message = required(root, '#line-message');
  const answer = required(root, '#line-answer');
  let shown: { ink: Ink; reading: LineReading } | undefined;
  let active: number | undefined;
  let chosen = 0;
  let readings = 0;

  const point = (position: number | undefined) => {
    if (!shown) return;
    active = position;
    drawLineFigure(figure, shown.ink, shown.reading, position);
    // The outlined window, for tests and for anyone reading the page's state.
    if (position === undefined) delete figure.dataset['active'];
    else figure.dataset['active'] = String(position);
    if (position === undefined) return;
    chosen = position;
    figure.setAttribute('aria-valuenow', String(position + 1));
    figure.setAttribute('aria-valuetext', positionWords(shown.reading, position));
    figure.title = positionWords(shown.reading, position);
  };
  const keepInView = (position: number) => {
    const left = windowLeft(position) * LINE_SCALE;
    if (left < scroller.scrollLeft || left + WINDOW * LINE_SCALE > scroller.scrollLeft + scroller.clientWidth)
      scroller.scrollLeft = left - (scroller.clientWidth - WINDOW * LINE_SCALE) / 2;
  };
  sliderEvents(figure, {
    positions: () => shown?.reading.positions ?? 0,
    current: () => active ?? chosen,
    chosen: () => chosen,
    point,
    keepInView,
  });

  return {
    /** Nothing to read, or a line the SDNN will not read: the message, and no figure. */
    showProblem(text: string) {
      shown = undefined;
      message.textContent = text;
      message.classList.add('pad-problem');
      answer.textContent = '';
      scroller.hidden = true;
      figure.removeAttribute('data-answer');
    },
    showNote(text: string) {
      message.textContent = text;
      message.classList.remove('pad-problem');
    },
    showReading(ink: Ink, reading: LineReading, composed?: readonly number[]) {
      shown = { ink, reading };
      chosen = Math.min(chosen, reading.positions - 1);
      scroller.hidden = false;
      figure.setAttribute('aria-valuemax', String(reading.positions));
      figure.setAttribute('aria-valuenow', String(chosen + 1));
      figure.setAttribute('aria-valuetext', positionWords(reading, chosen));
      figure.dataset['penalties'] = JSON.stringify(reading.penalties);
      figure.dataset['answer'] = reading.interpretation.labels.join(' ');
      figure.dataset['readings'] = String(++readings);
      point(document.activeElement === figure ? chosen : undefined);
      const tooMany = tooManyDigits(reading.interpretation.labels.length);
      message.textContent = tooMany ?? `The SDNN read ${reading.positions} positions, one every 4 pixels.`;
      message.classList.toggle('pad-problem', tooMany !== undefined);
      const [first, rest] = answerWords(reading, composed);
      const strong = document.createElement('strong');
      strong.textContent = first;
      answer.replaceChildren(strong, ` ${rest}`);
    },
  };
}
