import type { Ink } from '../../lib/drawing/index.ts';
import type { LineReading } from '../../lib/sdnn/line-reading.ts';
import { windowLeft } from '../../lib/sdnn/line-reading.ts';
import { shadeOf } from '../../lib/sdnn/position-words.ts';
import { BLANK_CLASS, WINDOW } from '../../lib/sdnn/sdnn-data.ts';
import { SDNN_STEP } from '../../lib/sdnn/sdnn-network.ts';

/** CSS pixels per pixel of the line; a position (4 columns) is then 16 px, room for one digit. */
export const LINE_SCALE = 4;
const ROW = 22;
const GAP = 6;
const INK_HEIGHT = 32 * LINE_SCALE;

/** The figure's size in CSS pixels for a line `width` columns wide. */
export const figureSize = (width: number) => ({ width: width * LINE_SCALE, height: INK_HEIGHT + GAP + 2 * ROW });

/** The centre, in CSS pixels, of position `position`'s window: where its classes are written. */
export const positionCentre = (position: number): number => (windowLeft(position) + WINDOW / 2) * LINE_SCALE;

/** The position whose window is centred nearest to `x` CSS pixels, within the reading's positions. */
export const positionAt = (x: number, positions: number): number =>
  Math.min(positions - 1, Math.max(0, Math.round((x - positionCentre(0)) / (SDNN_STEP * LINE_SCALE))));

function paintLine(context: CanvasRenderingContext2D, ink: Ink): void {
  const image = new ImageData(ink.width, ink.height);
  ink.pixels.forEach((value, i) => image.data.set([255 - value, 255 - value, 255 - value, 255], i * 4));
  const scratch = new OffscreenCanvas(ink.width, ink.height);
  scratch.getContext('2d')!.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = false;
  context.drawImage(scratch, 0, 0, ink.width * LINE_SCALE, INK_HEIGHT);
}

/** A class at a position's centre on a row: a digit, or a small dot for the blank. */
function writeClass(context: CanvasRenderingContext2D, label: number, x: number, y: number): void {
  if (label === BLANK_CLASS) context.fillRect(x - 1.5, y - 1.5, 3, 3);
  else context.fillText(String(label), x, y);
}

/**
 * The line as the SDNN reads it, drawn black on white (the page inverts it in the dark theme), with
 * two rows under it: the winning class at every position, lighter for a higher penalty as Fig. 26
 * draws it, and the transducer's best path, its characters only. `active` outlines one position's
 * 32x32 window on the ink.
 */
export function drawLineFigure(canvas: HTMLCanvasElement, ink: Ink, reading: LineReading, active?: number): void {
  const { width, height } = figureSize(ink.width);
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  paintLine(context, ink);
  const [outputRow, pathRow] = [INK_HEIGHT + GAP + ROW / 2, INK_HEIGHT + GAP + (3 * ROW) / 2];
  if (active !== undefined) {
    context.fillStyle = '#dde6f2';
    context.fillRect(positionCentre(active) - 8, INK_HEIGHT + GAP, 16, 2 * ROW);
  }
  context.font = '600 15px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (let position = 0; position < reading.positions; position++) {
    const best = reading.best[position]!;
    context.fillStyle = `rgba(0, 0, 0, ${shadeOf(reading.penalties[position]![best]!)})`;
    writeClass(context, best, positionCentre(position), outputRow);
    const path = reading.interpretation.path[position]!;
    context.fillStyle = '#1d4e89';
    if (path !== BLANK_CLASS) writeClass(context, path, positionCentre(position), pathRow);
  }
  if (active !== undefined) {
    context.strokeStyle = '#c2410c';
    context.lineWidth = 2;
    context.strokeRect(windowLeft(active) * LINE_SCALE + 1, 1, WINDOW * LINE_SCALE - 2, INK_HEIGHT - 2);
  }
}
