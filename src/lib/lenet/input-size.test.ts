import { describe, expect, it } from 'vitest';
import { MAX_INPUT_SIDE, parseInputSize, parseSide } from './input-size.ts';

describe('parseInputSize reads what people type', () => {
  it.each([
    ['32', 32, 32],
    [' 36 ', 36, 36],
    ['36x40', 36, 40],
    ['36 X 40', 36, 40],
    ['36×40', 36, 40],
    ['36*40', 36, 40],
    ['64,32', 64, 32],
    [String(MAX_INPUT_SIDE), MAX_INPUT_SIDE, MAX_INPUT_SIDE],
  ])('parseInputSize(%j) gives %ix%i', (text, height, width) => {
    expect(parseInputSize(text)).toEqual({ ok: true, value: { height, width } });
  });
});

describe('parseInputSize refuses bad text with a message that says what is allowed', () => {
  it.each([
    ['', 'The input size is empty.'],
    ['   ', 'The input size is empty.'],
    ['abc', '"abc" is not an input size.'],
    ['32x', '"32x" is not an input size.'],
    ['32x32x3', '"32x32x3" is not an input size.'],
    ['0', 'The height must be at least 1 pixel, not 0.'],
    ['-5', 'The height must be at least 1 pixel, not -5.'],
    ['32x-1', 'The width must be at least 1 pixel, not -1.'],
    ['32.5', 'The height must be a whole number of pixels, not 32.5.'],
    ['1e400', `The height is far too large: it can be at most ${MAX_INPUT_SIDE} pixels.`],
    ['9'.repeat(400), `The height is far too large: it can be at most ${MAX_INPUT_SIDE} pixels.`],
    ['513', `The height can be at most ${MAX_INPUT_SIDE} pixels, not 513.`],
    ['32x100000', `The width can be at most ${MAX_INPUT_SIDE} pixels, not 100000.`],
    ['NaN', '"NaN" is not an input size.'],
    ['x'.repeat(100), `"${'x'.repeat(24)}…" is not an input size.`],
  ])('parseInputSize(%j) says %j', (text, message) => {
    const result = parseInputSize(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('input');
    expect(result.error.parameter).toBe('input');
    expect(result.error.message.startsWith(message)).toBe(true);
  });

  it('tells the reader the allowed forms and range in the message', () => {
    const result = parseInputSize('seven');
    expect(!result.ok && result.error.message).toContain(`like 36x40), each from 1 to ${MAX_INPUT_SIDE}`);
  });
});

describe('parseSide reads one number field', () => {
  it.each([
    ['36', 'height', { ok: true, value: 36 }],
    ['', 'width', 'The width is empty; type a whole number from 1 to 512.'],
    ['0', 'height', 'The height must be at least 1 pixel, not 0.'],
    ['7.5', 'width', 'The width must be a whole number of pixels, not 7.5.'],
    ['abc', 'height', '"abc" is not a number; the height takes a whole number from 1 to 512.'],
  ] as const)('parseSide(%j, %s)', (text, label, expected) => {
    const result = parseSide(text, label);
    if (typeof expected === 'string') expect(!result.ok && result.error.message).toBe(expected);
    else expect(result).toEqual(expected);
  });
});
