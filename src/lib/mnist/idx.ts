import { MNIST_FIELD } from '../paper/training.ts';
/** An IDX file of unsigned bytes (the MNIST format): its dimensions and its values. */
export interface IdxArray {
  readonly dims: readonly number[];
  readonly data: Uint8Array;
}

export class IdxError extends Error {
  override readonly name = 'IdxError';
}

const UNSIGNED_BYTE = 0x08;

/**
 * Reads an IDX file: two zero bytes, a type byte (only 0x08, unsigned byte, is
 * accepted), the number of dimensions, each dimension as a big-endian 32-bit
 * integer, then the values. `label` names the file in error messages.
 */
export function parseIdx(bytes: Uint8Array, label = 'IDX file'): IdxArray {
  if (bytes.length < 4)
    throw new IdxError(`${label} is ${bytes.length} bytes long; an IDX file has at least a 4-byte header.`);
  if (bytes[0] !== 0 || bytes[1] !== 0)
    throw new IdxError(`${label} does not start with two zero bytes, so it is not an IDX file.`);
  if (bytes[2] !== UNSIGNED_BYTE) {
    throw new IdxError(
      `${label} holds data of type 0x${bytes[2]!.toString(16)}; only unsigned bytes (0x08) are supported.`,
    );
  }
  const rank = bytes[3]!;
  const headerLength = 4 + 4 * rank;
  if (rank === 0 || bytes.length < headerLength) {
    throw new IdxError(`${label} declares ${rank} dimensions but its header is cut short at ${bytes.length} bytes.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims = Array.from({ length: rank }, (_, index) => view.getUint32(4 + 4 * index, false));
  const expected = dims.reduce((product, dim) => product * dim, 1);
  const actual = bytes.length - headerLength;
  if (actual !== expected) {
    const shape = dims.join('x');
    const problem = actual < expected ? 'is truncated' : 'has trailing bytes';
    throw new IdxError(`${label} ${problem}: a ${shape} array needs ${expected} bytes of data, found ${actual}.`);
  }
  return { dims, data: bytes.subarray(headerLength) };
}

/** Checks that images and labels belong together: N x 28 x 28 images and N labels from 0 to 9. */
export function checkMnistPair(images: IdxArray, labels: IdxArray, name: string): number {
  const [count, height, width] = images.dims;
  if (images.dims.length !== 3 || height !== MNIST_FIELD.field || width !== MNIST_FIELD.field) {
    throw new IdxError(
      `${name} images are ${images.dims.join('x')}; MNIST images are N x ${MNIST_FIELD.field} x ${MNIST_FIELD.field}.`,
    );
  }
  if (labels.dims.length !== 1 || labels.dims[0] !== count) {
    throw new IdxError(`${name} has ${count} images but ${labels.dims.join('x')} labels.`);
  }
  const bad = labels.data.findIndex((label) => label > 9);
  if (bad >= 0) throw new IdxError(`${name} label ${bad} is ${labels.data[bad]}; labels are digits 0 to 9.`);
  return count!;
}
