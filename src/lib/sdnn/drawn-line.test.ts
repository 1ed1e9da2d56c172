import { describe, expect, it } from 'vitest';
import { blankInk, boundingBox, type Ink } from '../drawing/ink.ts';
import { EMPTY_LINE_MESSAGE, LINE_LIMITS, lineFromDrawing, tooManyDigits } from './drawn-line.ts';

/** A pad `width` x `height` with full ink over the rectangle given (columns and rows, end excluded). */
function padWith(width: number, height: number, ...rectangles: [number, number, number, number][]): Ink {
  const ink = blankInk(width, height);
  for (const [left, top, right, bottom] of rectangles)
    for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) ink.pixels[y * width + x] = 255;
  return ink;
}

describe('lineFromDrawing', () => {
  it('says an empty pad has nothing to read', () => {
    expect(lineFromDrawing(blankInk(1200, 300))).toEqual({ status: 'empty', message: EMPTY_LINE_MESSAGE });
    expect(EMPTY_LINE_MESSAGE).toContain('nothing to read');
  });

  it.each([
    // [what, rectangles on a 1200x300 pad, the line's width, its ink box in the line]
    ['one bar 200 tall, 20 wide', [[100, 50, 120, 250]], 2 + 32, { x: 16, y: 6, width: 2, height: 20 }],
    [
      'two bars 200 tall, 600 apart',
      [
        [100, 50, 120, 250],
        [700, 50, 720, 250],
      ],
      62 + 32,
      { x: 16, y: 6, width: 62, height: 20 },
    ],
    ['a box 100 tall and 400 wide', [[0, 100, 400, 200]], 80 + 32, { x: 16, y: 6, width: 80, height: 20 }],
  ] as const)('scales %s to 20 rows tall, centred, half a window of paper at each end', (_, rectangles, width, box) => {
    const drawn = lineFromDrawing(padWith(1200, 300, ...(rectangles as unknown as [number, number, number, number][])));
    expect(drawn.status).toBe('ok');
    if (drawn.status !== 'ok') return;
    expect(drawn.ink.height).toBe(32);
    expect(drawn.ink.width).toBe(width);
    expect(boundingBox(drawn.ink)).toEqual(box);
  });

  it('does not blow a dot up past a tenth of the pad: 6 pad pixels become 4 rows', () => {
    const drawn = lineFromDrawing(padWith(1200, 300, [600, 150, 606, 156]));
    expect(drawn.status === 'ok' && boundingBox(drawn.ink)).toMatchObject({ width: 4, height: 4 });
  });

  it.each([
    ['a dash across the whole pad', [[0, 140, 1200, 160]], 800 + 32],
    [
      'small digits written across the pad',
      [
        [0, 100, 20, 130],
        [1180, 100, 1200, 130],
      ],
      800 + 32,
    ],
  ] as const)('refuses %s with the widest line it reads', (_, rectangles, columns) => {
    const drawn = lineFromDrawing(padWith(1200, 300, ...(rectangles as unknown as [number, number, number, number][])));
    expect(drawn.status).toBe('too-wide');
    expect(drawn.status === 'too-wide' && drawn.message).toContain(`this line is ${columns} pixels wide`);
    expect(drawn.status === 'too-wide' && drawn.message).toContain(`at most ${LINE_LIMITS.columns} pixels`);
  });

  it('reads the widest line allowed and no wider', () => {
    // 20 rows tall: the box is scaled by 1/10, so 4,800 pad columns make 480 line columns, plus 32 of paper.
    expect(LINE_LIMITS.columns).toBe(512);
    expect(lineFromDrawing(padWith(4800, 300, [0, 50, 4800, 250])).status).toBe('ok');
    expect(lineFromDrawing(padWith(4810, 300, [0, 50, 4810, 250])).status).toBe('too-wide');
  });
});

describe('tooManyDigits', () => {
  it.each([
    [0, undefined],
    [20, undefined],
    [21, 'The SDNN reads 21 characters here; a line holds at most 20 digits'],
  ])('%i characters: %s', (read, says) => {
    const message = tooManyDigits(read);
    if (says === undefined) expect(message).toBeUndefined();
    else expect(message).toContain(says);
  });
});
