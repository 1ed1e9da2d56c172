import { describe, expect, it } from 'vitest';
import { checkMnistPair, IdxError, parseIdx } from './idx.ts';

function idx(dims: number[], data: number[], type = 0x08): Uint8Array {
  const header = new Uint8Array(4 + 4 * dims.length);
  const view = new DataView(header.buffer);
  header[2] = type;
  header[3] = dims.length;
  dims.forEach((dim, index) => view.setUint32(4 + 4 * index, dim, false));
  return new Uint8Array([...header, ...data]);
}

describe('parseIdx', () => {
  it('reads the dimensions big-endian and returns the data after the header', () => {
    const parsed = parseIdx(idx([2, 3], [1, 2, 3, 4, 5, 6]));
    expect(parsed.dims).toEqual([2, 3]);
    expect([...parsed.data]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads a dimension above 65535 (as the 60,000-image training set needs)', () => {
    expect(parseIdx(idx([70_000], new Array<number>(70_000).fill(0))).dims).toEqual([70_000]);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'is 0 bytes long'],
    [
      'a file that does not start with two zeros',
      new Uint8Array([1, 0, 8, 1, 0, 0, 0, 0]),
      'does not start with two zero bytes',
    ],
    ['a file of 32-bit floats', idx([1], [0, 0, 0, 0], 0x0d), 'only unsigned bytes (0x08) are supported'],
    ['a header cut short', idx([2, 3], []).subarray(0, 9), 'declares 2 dimensions but its header is cut short'],
    ['truncated data', idx([2, 3], [1, 2, 3]), 'is truncated: a 2x3 array needs 6 bytes of data, found 3'],
    ['trailing bytes', idx([2], [1, 2, 3]), 'has trailing bytes'],
  ])('rejects %s with a clear error', (_, bytes, message) => {
    expect(() => parseIdx(bytes, 'test file')).toThrow(IdxError);
    expect(() => parseIdx(bytes, 'test file')).toThrow(message);
  });
});

describe('checkMnistPair', () => {
  const images = parseIdx(idx([2, 28, 28], new Array<number>(2 * 784).fill(0)));

  it('accepts N images of 28x28 and N digit labels', () => {
    expect(checkMnistPair(images, parseIdx(idx([2], [3, 9])), 'test')).toBe(2);
  });

  it.each([
    [parseIdx(idx([3], [1, 2, 3])), 'test has 2 images but 3 labels'],
    [parseIdx(idx([2], [1, 12])), 'test label 1 is 12; labels are digits 0 to 9'],
  ])('rejects mismatched labels: %#', (labels, message) => {
    expect(() => checkMnistPair(images, labels, 'test')).toThrow(message);
  });

  it('rejects images that are not 28x28', () => {
    const small = parseIdx(idx([1, 20, 20], new Array<number>(400).fill(0)));
    expect(() => checkMnistPair(small, parseIdx(idx([1], [0])), 'test')).toThrow('images are 1x20x20');
  });
});
