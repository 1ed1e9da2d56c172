import { describe, expect, it } from 'vitest';
import { realMnist } from '../model/test-support.ts';
import { firstOfEachClass, packGuideDigits, unpackGuideDigits } from './guide-digits.ts';

const test = realMnist('test');

describe('the guide digits', () => {
  const digits = firstOfEachClass(test);

  // The MNIST test file's own order: 7, 2, 1, 0, 4, 1, 4, 9, 5, 9, 0, 6, 9, 0, 1, 5, 9, 7, 3, 4, ...
  it('firstOfEachClass(test) finds 0 at 3, 1 at 2, 2 at 1, 7 at 0, 3 at 18, 6 at 11, 8 at 61', () => {
    const at = (label: number) => digits.find((digit) => digit.label === label)!.index;
    expect([at(0), at(1), at(2), at(7), at(3), at(6), at(8)]).toEqual([3, 2, 1, 0, 18, 11, 61]);
  });

  it('pack then unpack gives back every number, label and pixel, in under 8 KB', () => {
    const packed = packGuideDigits(digits);
    expect(packed.length).toBeLessThan(8 * 1024);
    const unpacked = unpackGuideDigits(packed);
    expect(unpacked.map((digit) => [digit.index, digit.label])).toEqual(
      digits.map((digit) => [digit.index, digit.label]),
    );
    expect(unpacked[4]!.pixels).toEqual(test.images.slice(unpacked[4]!.index * 784, (unpacked[4]!.index + 1) * 784));
  });

  it.each([
    ['cut short', (bytes: Uint8Array) => bytes.slice(0, 900), /has 900 bytes; 10 digits take 7871/],
    ['empty', () => new Uint8Array(0), /has 0 bytes; 0 digits take 1/],
  ])('a %s file is an error that says so', (_, damage, message) => {
    expect(() => unpackGuideDigits(damage(packGuideDigits(digits)))).toThrow(message);
  });
});
