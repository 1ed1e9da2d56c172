import { MNIST_SIDE } from '../mnist/placement.ts';

/** Where the playground leaves the reader's last drawing, centred as MNIST's digits are, for the guide's figures. */
export const DRAWING_KEY = 'lenet5.drawn-digit';
const PIXELS = MNIST_SIDE * MNIST_SIDE;

/** Keeps a 28x28 drawing, as base64, where the guide can find it. */
export function saveDrawing(storage: Pick<Storage, 'setItem'>, pixels: Uint8Array): void {
  if (pixels.length !== PIXELS) return;
  let text = '';
  for (const byte of pixels) text += String.fromCharCode(byte);
  try {
    storage.setItem(DRAWING_KEY, btoa(text));
  } catch {
    // A full or blocked storage only costs the guide the drawing; the playground carries on.
  }
}

/** The kept drawing, or undefined if there is none or it is not a 28x28 image. */
export function savedDrawing(storage: Pick<Storage, 'getItem'>): Uint8Array | undefined {
  try {
    const text = atob(storage.getItem(DRAWING_KEY) ?? '');
    if (text.length !== PIXELS) return undefined;
    return Uint8Array.from(text, (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}
