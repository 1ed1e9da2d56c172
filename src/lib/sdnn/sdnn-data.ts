import type { Ink } from '../drawing/ink.ts';
import { composeLine, cropColumns, saltAndPepper, type Line, type LineDigit, type PlacedDigit } from './compose.ts';

/** The eleventh class: no character centred in the window. */
export const BLANK_CLASS = 10;
/** Columns a training window spans: LeNet-5's input, one SDNN position. */
export const WINDOW = 32;

/**
 * Section VII-B's training images. The paper gives the gap between bounding boxes (-1 to 4 pixels)
 * and the noise (10%); the share of blank instances, the window's width and how a blank instance
 * is spaced are the site's choices: a quarter of the windows are blank, every window is 32
 * columns centred on the central character's box, and a blank instance keeps the place of a
 * central character that is not drawn, so that its flanks sit where they would around one.
 * Three more are the site's too: each character moves up or down by up to `jitter` rows (the
 * benchmark's strings jitter by up to 3); the window's centre moves by up to `shift` columns from
 * the central character's (2: half the replicated network's step of 4 columns, the most a
 * character can lie from the nearest window's centre on a line); and a further quarter of the
 * windows are moved 4 to 10 columns off the central character (`offCentre`), so that the windows
 * between two characters of a line, which neither is centred in, learn the blank too: without them
 * the replicated network reads a character at every position that sees most of one, and two equal
 * neighbours run together. A window's label is the character centred in it (`windowLabel`).
 */
export const SDNN_TRAINING = {
  gap: { min: -1, max: 4 },
  noise: 0.1,
  blankShare: 0.25,
  jitter: 3,
  shift: 2,
  offCentre: { share: 0.25, min: 4, max: 10 },
} as const;

/** How training windows are drawn; `jitter` and `shift` are 0, and no window is off centre, when left out. */
export interface WindowSettings {
  readonly gap: { readonly min: number; readonly max: number };
  readonly noise: number;
  readonly blankShare: number;
  readonly jitter?: number;
  readonly shift?: number;
  /** The share of windows moved `min` to `max` columns, left or right, off the central character. */
  readonly offCentre?: { readonly share: number; readonly min: number; readonly max: number };
}

export interface TrainingWindow {
  readonly ink: Ink;
  readonly label: number;
  /** The three characters, in the window's columns. */
  readonly digits: readonly PlacedDigit[];
}

/** A whole number from `min` to `max`, both included. */
export const between = (random: () => number, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** A character counts as centred in a window when its box's centre lies less than this many columns from the window's. */
export const CENTRED_WITHIN = 3;

/** A window's label: the drawn character (window columns) centred in it, the nearest if two are; else the blank. */
export function windowLabel(digits: readonly PlacedDigit[], drawn: readonly boolean[]): number {
  let label = BLANK_CLASS;
  let nearest = CENTRED_WITHIN;
  digits.forEach((digit, index) => {
    const distance = Math.abs((digit.left + digit.right + 1) / 2 - WINDOW / 2);
    if (drawn[index] && distance < nearest) [label, nearest] = [digit.label, distance];
  });
  return label;
}

/** How far a window moves from its central character: off centre (4 to 10 columns) or by the small shift. */
function windowMove(random: () => number, settings: WindowSettings, offCentre: boolean): number {
  const { shift = 0 } = settings;
  if (offCentre && settings.offCentre) {
    const { min, max } = settings.offCentre;
    return (random() < 0.5 ? -1 : 1) * between(random, min, max);
  }
  return shift > 0 ? between(random, -shift, shift) : 0;
}

/** One training window: a central character (or none) flanked by two, as Section VII-B composes them. */
export function trainingWindow(
  random: () => number,
  pick: () => LineDigit,
  settings: WindowSettings = SDNN_TRAINING,
): TrainingWindow {
  const kind = random();
  const blank = kind < settings.blankShare;
  const offCentre = !blank && kind < settings.blankShare + (settings.offCentre?.share ?? 0);
  const [left, centre, right] = [pick(), pick(), pick()];
  const gaps = [
    between(random, settings.gap.min, settings.gap.max),
    between(random, settings.gap.min, settings.gap.max),
  ];
  const { jitter = 0 } = settings;
  const offsets = [0, 0, 0].map(() => (jitter > 0 ? between(random, -jitter, jitter) : 0));
  const line = composeLine([left, { ...centre, painted: !blank }, right], gaps, offsets, WINDOW);
  const middle = line.digits[1]!;
  const start = Math.floor((middle.left + middle.right + 1) / 2) - WINDOW / 2 + windowMove(random, settings, offCentre);
  const digits = line.digits.map((digit) => ({ ...digit, left: digit.left - start, right: digit.right - start }));
  return {
    ink: saltAndPepper(cropColumns(line.ink, start, WINDOW), settings.noise, random),
    label: windowLabel(digits, [true, !blank, true]),
    digits,
  };
}

/** What the strings of the benchmark and the playground's "test strings" may be. */
export const STRING_LIMITS = {
  count: { min: 1, max: 20 },
  gap: { min: -4, max: 8 },
  jitter: { min: 0, max: 3 },
  noise: { min: 0, max: 0.1 },
} as const;

export interface StringSettings {
  readonly count: number;
  readonly gap: { readonly min: number; readonly max: number };
  readonly jitter: number;
  readonly noise: number;
}

/** What is wrong with `settings`, each with its allowed range; empty when they can be composed. */
export function stringSettingProblems(settings: StringSettings): string[] {
  const problems: string[] = [];
  const within = (value: number, { min, max }: { min: number; max: number }) =>
    Number.isFinite(value) && value >= min && value <= max;
  const { count, gap, jitter, noise } = STRING_LIMITS;
  if (!Number.isInteger(settings.count) || !within(settings.count, count))
    problems.push(`A string holds ${count.min} to ${count.max} digits; got ${settings.count}.`);
  // Gaps and jitter move whole columns and rows of ink.
  const wholeWithin = (value: number, range: { min: number; max: number }) =>
    Number.isInteger(value) && within(value, range);
  if (!wholeWithin(settings.gap.min, gap) || !wholeWithin(settings.gap.max, gap) || settings.gap.min > settings.gap.max)
    problems.push(
      `Gaps run from ${gap.min} to ${gap.max} whole pixels, the smaller first; got ${settings.gap.min} to ${settings.gap.max}.`,
    );
  if (!wholeWithin(settings.jitter, jitter))
    problems.push(`The vertical jitter is ${jitter.min} to ${jitter.max} whole pixels; got ${settings.jitter}.`);
  if (!within(settings.noise, noise))
    problems.push(`The noise is a share from ${noise.min} to ${noise.max}; got ${settings.noise}.`);
  return problems;
}

/**
 * A string to read: `count` digits from `pick`, random gaps and vertical jitter within the settings,
 * half a window of paper at each end so that every digit can be centred under a window, then noise.
 */
export function composeString(random: () => number, pick: () => LineDigit, settings: StringSettings): Line {
  const problems = stringSettingProblems(settings);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  const digits = Array.from({ length: settings.count }, pick);
  const gaps = digits.slice(1).map(() => between(random, settings.gap.min, settings.gap.max));
  const offsets = digits.map(() => between(random, -settings.jitter, settings.jitter));
  const line = composeLine(digits, gaps, offsets, WINDOW / 2);
  return { ...line, ink: saltAndPepper(line.ink, settings.noise, random) };
}
