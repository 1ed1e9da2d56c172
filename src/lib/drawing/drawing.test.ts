import { describe, expect, it } from 'vitest';
import { analysisOf } from '../lenet/test-support.ts';
import { realMnist } from '../model/test-support.ts';
import { layerNamed, preset, receptiveField } from '../lenet/index.ts';
import { INPUT_LEVELS } from '../paper/training.ts';
import {
  blankInk,
  boundingBox,
  centreIn,
  centreOfMass,
  composeStrip,
  fitInto,
  positionsOfDigits,
  preprocessDrawing,
  type Ink,
} from './index.ts';

/** A picture with full ink in the given rectangle. */
function block(width: number, height: number, x: number, y: number, w: number, h: number): Ink {
  const ink = blankInk(width, height);
  for (let row = y; row < y + h; row++) ink.pixels.fill(255, row * width + x, row * width + x + w);
  return ink;
}

/** An MNIST digit drawn `scale` times larger in the top-left of a `side` pad. */
function enlarged(digit: Uint8Array, scale: number, side: number, dx = 0, dy = 0): Ink {
  const ink = blankInk(side, side);
  for (let y = 0; y < 28 * scale; y++) {
    for (let x = 0; x < 28 * scale; x++) {
      ink.pixels[(y + dy) * side + x + dx] = digit[Math.floor(y / scale) * 28 + Math.floor(x / scale)]!;
    }
  }
  return ink;
}

describe('boundingBox', () => {
  it.each([
    ['a blank picture', blankInk(10, 10), undefined],
    ['one pixel', block(10, 10, 3, 4, 1, 1), { x: 3, y: 4, width: 1, height: 1 }],
    ['a 5x2 block at (2, 7)', block(10, 10, 2, 7, 5, 2), { x: 2, y: 7, width: 5, height: 2 }],
  ])('boundingBox(%s) gives %j', (_, ink, expected) => {
    expect(boundingBox(ink)).toEqual(expected);
  });
});

describe('fitInto keeps the aspect ratio and the ink', () => {
  it.each([
    [40, 80, 10, 20],
    [80, 40, 20, 10],
    [10, 10, 20, 20],
    [3, 200, 1, 20],
  ])('a %ix%i block fits into 20 as %ix%i of full ink', (w, h, fw, fh) => {
    const ink = block(300, 300, 5, 5, w, h);
    const fitted = fitInto(ink, boundingBox(ink)!, 20);
    expect([fitted.width, fitted.height]).toEqual([fw, fh]);
    if (w >= fw && h >= fh) expect(Math.min(...fitted.pixels)).toBe(255);
  });

  it('averages the area a pixel covers: three inked pixels of four give 191', () => {
    const ink = block(4, 2, 0, 0, 2, 1);
    ink.pixels[4] = 255;
    const fitted = fitInto(ink, { x: 0, y: 0, width: 4, height: 2 }, 2);
    expect([...fitted.pixels]).toEqual([191, 0]);
  });
});

describe('centreIn', () => {
  it('puts a 19x19 block at (5, 5) of 28x28: its centre of mass on pixel (14, 14)', () => {
    const { left, top } = centreIn(block(19, 19, 0, 0, 19, 19), 28);
    expect([left, top]).toEqual([5, 5]);
  });

  it('moves lopsided ink so that its centre of mass is within half a pixel of the middle', () => {
    const lopsided = block(20, 20, 0, 0, 20, 4);
    lopsided.pixels.fill(255, 19 * 20, 20 * 20);
    for (let i = 0; i < 20; i++) lopsided.pixels[i * 20] = 255;
    const { field } = centreIn(lopsided, 28);
    const centre = centreOfMass(field);
    expect(Math.abs(centre.x - 14)).toBeLessThanOrEqual(0.5);
    expect(centre.x).not.toBeCloseTo(centreOfMass(lopsided).x + 4, 0);
    expect(Math.abs(centre.y - 14)).toBeLessThanOrEqual(0.5);
  });
});

describe('preprocessDrawing', () => {
  it.each([
    ['a blank pad', blankInk(280, 280), 'empty', 'Draw a digit'],
    ['a dot', block(280, 280, 100, 100, 6, 6), 'too-small', 'at least 28 pixels'],
  ])('preprocessDrawing(%s) says %s', (_, ink, status, text) => {
    const result = preprocessDrawing(ink);
    expect(result.status).toBe(status);
    expect(result.status !== 'ok' && result.message).toContain(text);
  });

  it('warns that a pad covered in ink is a scribble, and still gives an input', () => {
    const result = preprocessDrawing(block(280, 280, 0, 0, 260, 270));
    expect(result.status).toBe('ok');
    expect(result.status === 'ok' && result.warning).toContain('scribble');
  });

  // Oracle: MNIST's digits already went through this preprocessing, so redoing it on
  // a digit drawn ten times larger, anywhere on the pad, must give back about the digit.
  it('gives back an MNIST test digit drawn ten times larger anywhere on the pad', () => {
    const test = realMnist('test', 5);
    for (const index of [0, 1, 2, 3, 4]) {
      const digit = test.images.subarray(index * 784, (index + 1) * 784);
      const result = preprocessDrawing(enlarged(digit, 10, 360, 37 + index * 9, 61 - index * 7));
      if (result.status !== 'ok') throw new Error(result.status);
      let difference = 0;
      for (let i = 0; i < 784; i++) difference += Math.abs(result.centred.pixels[i]! - digit[i]!);
      expect(difference / 784 / 255).toBeLessThan(0.01);
    }
  });

  it('maps no ink to -0.1 and full ink to 1.175, the paper\u2019s levels', () => {
    const result = preprocessDrawing(block(280, 280, 100, 40, 80, 200));
    if (result.status !== 'ok') throw new Error(result.status);
    expect(Math.min(...result.input)).toBeCloseTo(INPUT_LEVELS.background, 5);
    expect(Math.max(...result.input)).toBeCloseTo(INPUT_LEVELS.foreground, 5);
    expect(result.input).toHaveLength(1024);
  });
});

describe('composeStrip and the replicated network', () => {
  const digit = new Uint8Array(784).fill(255);
  it.each([3, 4, 5])('a strip of %i digits is 32 high and 28n + 4 wide', (count) => {
    const strip = composeStrip(Array.from({ length: count }, () => digit));
    expect([strip.height, strip.width]).toEqual([32, 28 * count + 4]);
    expect(strip.input).toHaveLength(32 * strip.width);
  });

  it.each([2, 6])('composeStrip refuses %i digits and says what is allowed', (count) => {
    expect(() => composeStrip(Array.from({ length: count }, () => digit))).toThrow('3 to 5 digits');
  });

  it('receptiveField(paper, C5) is 32 pixels wide with a step of 4', () => {
    expect(receptiveField(preset('paper'), 'C5')).toEqual({ step: 4, size: 32 });
  });

  // Oracle: the calculator's own C5 width at the strip's size.
  it.each([3, 4, 5])('each of %i digits sits under a C5 position whose window is centred on it', (count) => {
    const strip = composeStrip(Array.from({ length: count }, () => digit));
    const c5 = layerNamed(analysisOf(preset('paper'), { height: 32, width: strip.width }), 'C5')!;
    const field = receptiveField(preset('paper'), 'C5');
    const positions = positionsOfDigits(strip, field, c5.shape.width);
    positions.forEach((position, index) =>
      expect(position * field.step + field.size / 2).toBe(strip.digitCentres[index]),
    );
    expect(positions.at(-1)).toBe(c5.shape.width - 1);
  });
});
