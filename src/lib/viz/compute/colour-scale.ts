import { figure } from '../../explain/describe.ts';
import {
  FROM_ZERO_COLOURS,
  fromZeroRamp,
  INK_COLOURS,
  inkRamp,
  SIGNED_COLOURS,
  signedRamp,
  type ColorRamp,
} from '../color-ramp.ts';

/**
 * How a panel's values become colours: signed activations from -extent (blue) to +extent (red); grey
 * levels from white (0) to black; values that cannot be negative, such as squared distances, from white
 * (0) to red, so that the key never shows a value no unit can take.
 */
export type ScaleKind = 'signed' | 'grey' | 'from-zero';

export interface ColourScale {
  readonly stops: readonly string[];
  readonly ramp: () => ColorRamp;
  /** Whether the scale runs from -extent rather than from 0. */
  readonly signed: boolean;
  /** The key's three labels, at its start, middle and end. */
  readonly labels: (extent: number) => readonly [string, string, string];
  readonly description: (extent: number) => string;
}

export const SCALES: { readonly [K in ScaleKind]: ColourScale } = {
  signed: {
    stops: SIGNED_COLOURS,
    ramp: signedRamp,
    signed: true,
    labels: (extent) => [figure(-extent, 2), '0', figure(extent, 2)],
    description: (extent) =>
      `Colour scale from ${figure(-extent, 2)} (blue) through 0 (white) to ${figure(extent, 2)} (red)`,
  },
  grey: {
    stops: INK_COLOURS,
    ramp: inkRamp,
    signed: false,
    labels: (extent) => ['0', figure(extent / 2, 0), figure(extent, 0)],
    description: (extent) => `Grey scale from 0 (white) to ${figure(extent, 0)} (black)`,
  },
  'from-zero': {
    stops: FROM_ZERO_COLOURS,
    ramp: fromZeroRamp,
    signed: false,
    labels: (extent) => ['0', figure(extent / 2, 2), figure(extent, 2)],
    description: (extent) => `Colour scale from 0 (white) to ${figure(extent, 2)} (red)`,
  },
};
