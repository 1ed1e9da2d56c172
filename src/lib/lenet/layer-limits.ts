import { MAX_INPUT_SIDE } from './input-size.ts';

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** What each numeric field of a layer may hold: wide enough to explore, small enough to draw and train. */
export const LAYER_LIMITS = {
  channels: { min: 1, max: 4 },
  maps: { min: 1, max: 1024 },
  units: { min: 1, max: 4096 },
  kernel: { min: 1, max: MAX_INPUT_SIDE },
  window: { min: 1, max: MAX_INPUT_SIDE },
  stride: { min: 1, max: 64 },
  padding: { min: 0, max: 64 },
} as const satisfies Record<string, Range>;

/** The longest layer name the site accepts: names label drawings and become code identifiers. */
export const MAX_NAME_LENGTH = 24;

/** The most layers a network may have, the input included. */
export const MAX_LAYERS = 24;

/** Why a value is not allowed in a field, or null when it is. */
export function checkWhole(value: number, { min, max }: Range): string | null {
  if (Number.isInteger(value) && value >= min && value <= max) return null;
  const shown = Number.isFinite(value) ? String(value) : 'a number too large to write';
  return `takes a whole number from ${min} to ${max}, not ${shown}`;
}
