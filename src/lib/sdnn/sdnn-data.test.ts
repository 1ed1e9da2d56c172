import { describe, expect, it } from 'vitest';
import { boundingBox, type Ink } from '../drawing/ink.ts';
import { seededRandom } from '../mnist/dataset.ts';
import { composeLine, LINE_HEIGHT, saltAndPepper } from './compose.ts';
import { BLANK_CLASS, composeString, stringSettingProblems, trainingWindow, WINDOW, windowLabel } from './sdnn-data.ts';

/** A 28x28 digit whose ink is a bar over columns `from` to `to` and rows 6 to 21. */
const bar = (label: number, from: number, to: number) => {
  const pixels = new Uint8Array(28 * 28);
  for (let y = 6; y < 22; y++) for (let x = from; x <= to; x++) pixels[y * 28 + x] = 200;
  return { label, pixels };
};

/** The columns that hold ink in `ink`. */
const inkColumns = (ink: Ink) =>
  Array.from({ length: ink.width }, (_, x) => x).filter((x) =>
    Array.from({ length: ink.height }, (_, y) => ink.pixels[y * ink.width + x]!).some((value) => value > 0),
  );

describe('composeLine', () => {
  it.each([
    [4, 'apart'],
    [0, 'touching'],
    [-3, 'overlapping'],
  ])('puts %i columns between two digits’ ink (%s)', (gap) => {
    const line = composeLine([bar(1, 10, 17), bar(2, 4, 9)], [gap], [0, 0], 5);
    const [first, second] = line.digits;
    expect(second!.left - first!.right - 1).toBe(gap);
    expect(first).toMatchObject({ left: 5, right: 12 });
    expect(inkColumns(line.ink)).toEqual(
      Array.from({ length: second!.right - first!.left + 1 }, (_, i) => first!.left + i).filter(
        (x) => x <= first!.right || x >= second!.left,
      ),
    );
    expect(line.ink.width).toBe(second!.right + 1 + 5);
  });

  it('moves a digit down by its offset and leaves an unpainted one out', () => {
    const line = composeLine([bar(1, 10, 12), { ...bar(2, 10, 12), painted: false }], [3], [2, 0], 0);
    expect(boundingBox(line.ink)).toEqual({ x: 0, y: 2 + 6 + 2, width: 3, height: 16 });
    expect(line.ink.height).toBe(LINE_HEIGHT);
  });
});

describe('saltAndPepper', () => {
  it('inverts about the share asked for, and nothing at 0', () => {
    const ink = { width: 100, height: 100, pixels: new Uint8Array(10_000).fill(30) };
    const noisy = saltAndPepper(ink, 0.1, seededRandom(3));
    const inverted = noisy.pixels.filter((value) => value === 225).length;
    expect(inverted / 10_000).toBeGreaterThan(0.09);
    expect(inverted / 10_000).toBeLessThan(0.11);
    expect(noisy.pixels.filter((value) => value !== 225 && value !== 30)).toHaveLength(0);
    expect(saltAndPepper(ink, 0, seededRandom(3)).pixels).toEqual(ink.pixels);
  });
});

describe('trainingWindow', () => {
  const digits = [bar(3, 8, 19), bar(7, 12, 15), bar(0, 6, 21)];
  const pickFrom = (random: () => number) => () => digits[Math.floor(random() * digits.length)]!;

  it('centres the central character’s ink in a 32-column window, its flanks -1 to 4 columns away', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 200; trial++) {
      const window = trainingWindow(random, pickFrom(random), { gap: { min: -1, max: 4 }, noise: 0, blankShare: 0 });
      const [left, centre, right] = window.digits;
      expect(window.ink.width).toBe(WINDOW);
      expect(Math.abs((centre!.left + centre!.right + 1) / 2 - WINDOW / 2)).toBeLessThanOrEqual(0.5);
      for (const gap of [centre!.left - left!.right - 1, right!.left - centre!.right - 1]) {
        expect(gap).toBeGreaterThanOrEqual(-1);
        expect(gap).toBeLessThanOrEqual(4);
      }
      expect(window.label).toBe(centre!.label);
    }
  });

  it('moves the window by up to `shift` columns and each character by up to `jitter` rows, each value drawn', () => {
    const random = seededRandom(6);
    const settings = { gap: { min: 0, max: 2 }, noise: 0, blankShare: 0, jitter: 3, shift: 2 };
    const shifts = new Set<number>();
    const tops = new Set<number>();
    for (let trial = 0; trial < 300; trial++) {
      const window = trainingWindow(random, pickFrom(random), settings);
      const centre = window.digits[1]!;
      const moved = WINDOW / 2 - Math.floor((centre.left + centre.right + 1) / 2);
      shifts.add(moved);
      // The bars' ink starts on row 6 of 28; the line puts row 0 of a digit on row 2.
      const inkRows = Array.from({ length: WINDOW }, (_, y) => y).filter((y) =>
        Array.from({ length: WINDOW }, (_, x) => window.ink.pixels[y * WINDOW + x]!).some((value) => value > 0),
      );
      tops.add(inkRows[0]! - 8);
      expect(window.label).toBe(centre.label);
    }
    expect([...shifts].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
    expect(Math.min(...tops)).toBe(-3);
    expect(Math.max(...tops)).toBeLessThanOrEqual(3);
  });

  it('moves the off-centre share 4 to 10 columns off the central character and labels them blank', () => {
    const random = seededRandom(12);
    const settings = { gap: { min: 6, max: 8 }, noise: 0, blankShare: 0, offCentre: { share: 0.5, min: 4, max: 10 } };
    const moves: number[] = [];
    let blanks = 0;
    for (let trial = 0; trial < 400; trial++) {
      const window = trainingWindow(random, pickFrom(random), settings);
      const centre = window.digits[1]!;
      const moved = Math.abs(WINDOW / 2 - Math.floor((centre.left + centre.right + 1) / 2));
      moves.push(moved);
      // Moved 10 columns, a window can land on a narrow flank, which is then the character centred in it.
      const flank = [window.digits[0]!, window.digits[2]!].find(
        (digit) => Math.abs((digit.left + digit.right + 1) / 2 - WINDOW / 2) < 3,
      );
      expect(window.label).toBe(moved === 0 ? centre.label : (flank?.label ?? BLANK_CLASS));
      if (moved > 0 && !flank) blanks++;
    }
    expect(blanks / moves.filter((moved) => moved > 0).length).toBeGreaterThan(0.9);
    const off = moves.filter((moved) => moved > 0);
    expect(off.length / 400).toBeGreaterThan(0.4);
    expect(off.length / 400).toBeLessThan(0.6);
    expect(Math.min(...off)).toBe(4);
    expect(Math.max(...off)).toBe(10);
  });

  it('labels a window with the drawn character centred in it, or the blank', () => {
    const digits = [
      { label: 1, left: 0, right: 9 },
      { label: 2, left: 12, right: 19 },
      { label: 3, left: 22, right: 30 },
    ];
    expect(windowLabel(digits, [true, true, true])).toBe(2);
    expect(windowLabel(digits, [true, false, true])).toBe(BLANK_CLASS);
    // A box centred on column 18.5 or 13.5 is 2.5 columns off the window’s centre (16): centred; on 19, 3 off: not.
    expect(windowLabel([{ label: 4, left: 14, right: 22 }], [true])).toBe(4);
    expect(windowLabel([{ label: 4, left: 15, right: 22 }], [true])).toBe(BLANK_CLASS);
    expect(windowLabel([{ label: 4, left: 10, right: 16 }], [true])).toBe(4);
  });

  it('makes about the share of blank windows asked for, labelled blank, with no ink at their centre', () => {
    const random = seededRandom(8);
    const windows = Array.from({ length: 400 }, () =>
      trainingWindow(random, pickFrom(random), { gap: { min: 2, max: 4 }, noise: 0, blankShare: 0.25 }),
    );
    const blank = windows.filter((window) => window.label === BLANK_CLASS);
    expect(blank.length / 400).toBeGreaterThan(0.2);
    expect(blank.length / 400).toBeLessThan(0.3);
    for (const window of blank) expect(inkColumns(window.ink)).not.toContain(WINDOW / 2);
  });
});

describe('composeString and stringSettingProblems', () => {
  const settings = { count: 5, gap: { min: -1, max: 4 }, jitter: 3, noise: 0.1 };

  it('composes the digits asked for, half a window of paper at each end', () => {
    const random = seededRandom(9);
    const line = composeString(random, () => bar(4, 10, 17), settings);
    expect(line.digits.map((digit) => digit.label)).toEqual([4, 4, 4, 4, 4]);
    expect(line.digits[0]!.left).toBe(WINDOW / 2);
    expect(line.ink.width - 1 - line.digits.at(-1)!.right).toBe(WINDOW / 2);
  });

  it.each([
    [{ count: 21 }, 'A string holds 1 to 20 digits; got 21.'],
    [{ count: 2.5 }, 'A string holds 1 to 20 digits; got 2.5.'],
    [{ gap: { min: 3, max: -1 } }, 'Gaps run from -4 to 8 whole pixels, the smaller first; got 3 to -1.'],
    [{ gap: { min: 0.5, max: 2 } }, 'Gaps run from -4 to 8 whole pixels, the smaller first; got 0.5 to 2.'],
    [{ jitter: 4 }, 'The vertical jitter is 0 to 3 whole pixels; got 4.'],
    [{ jitter: 1.5 }, 'The vertical jitter is 0 to 3 whole pixels; got 1.5.'],
    [{ noise: Number.NaN }, 'The noise is a share from 0 to 0.1; got NaN.'],
  ])('refuses %j: %s', (change, message) => {
    expect(stringSettingProblems({ ...settings, ...change })).toEqual([message]);
    expect(() => composeString(seededRandom(1), () => bar(1, 1, 2), { ...settings, ...change })).toThrow(message);
  });
});
