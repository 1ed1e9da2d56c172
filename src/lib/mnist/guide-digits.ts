import { MNIST_SIDE } from './placement.ts';
import type { MnistSet } from './dataset.ts';

/** A test digit shipped with the guide's figures: its number in the test set, its label and its 28x28 bytes. */
export interface GuideDigit {
  readonly index: number;
  readonly label: number;
  readonly pixels: Uint8Array;
}

const PIXELS = MNIST_SIDE * MNIST_SIDE;
const RECORD = 3 + PIXELS;
export const TEST_DIGITS = 10_000;

/** The first test digit of each class, 0 to 9: one of every kind, none picked for looking good. */
export function firstOfEachClass(set: MnistSet): GuideDigit[] {
  return Array.from({ length: 10 }, (_, label) => {
    const index = set.labels.indexOf(label);
    if (index < 0) throw new Error(`The set has no digit labelled ${label}.`);
    return { index, label, pixels: set.images.slice(index * PIXELS, (index + 1) * PIXELS) };
  });
}

/** One byte for the count, then per digit its number (2 bytes, little-endian), its label and its pixels. */
export function packGuideDigits(digits: readonly GuideDigit[]): Uint8Array {
  const out = new Uint8Array(1 + digits.length * RECORD);
  out[0] = digits.length;
  digits.forEach((digit, i) => {
    const at = 1 + i * RECORD;
    out[at] = digit.index & 0xff;
    out[at + 1] = digit.index >> 8;
    out[at + 2] = digit.label;
    out.set(digit.pixels, at + 3);
  });
  return out;
}

/** The shipped digits (numbered within a set of `setSize`), or an error that says how the file falls short. */
export function unpackGuideDigits(bytes: Uint8Array, setSize = TEST_DIGITS): GuideDigit[] {
  const count = bytes[0] ?? 0;
  if (bytes.length !== 1 + count * RECORD)
    throw new Error(`The digits file has ${bytes.length} bytes; ${count} digits take ${1 + count * RECORD}.`);
  return Array.from({ length: count }, (_, i) => {
    const at = 1 + i * RECORD;
    const index = bytes[at]! | (bytes[at + 1]! << 8);
    const label = bytes[at + 2]!;
    if (index >= setSize || label > 9) throw new Error(`The digits file's digit ${i} is damaged.`);
    return { index, label, pixels: bytes.slice(at + 3, at + 3 + PIXELS) };
  });
}
