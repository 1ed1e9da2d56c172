/** 256 RGB triples along a colour scale, so that painting a pixel is a table lookup. */
export type ColorRamp = Uint8Array;

const channels = (hex: string): [number, number, number] => {
  const value = Number.parseInt(hex.slice(1), 16);
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [value >> 16, (value >> 8) & 0xff, value & 0xff];
};

/**
 * A ramp through `colors` (#rrggbb), evenly spaced, each step a straight line
 * in RGB between its two neighbours: what d3's scaleLinear gives for colours,
 * without loading d3-scale and its colour modules on pages that only paint.
 */
export function colorRamp(colors: readonly string[]): ColorRamp {
  const stops = colors.map(channels);
  const ramp = new Uint8Array(256 * 3);
  for (let step = 0; step < 256; step++) {
    const position = (step / 255) * (stops.length - 1);
    const segment = Math.min(stops.length - 2, Math.floor(position));
    const t = position - segment;
    const [from, to] = [stops[segment]!, stops[segment + 1]!];
    for (let channel = 0; channel < 3; channel++)
      ramp[step * 3 + channel] = Math.round(from[channel]! + (to[channel]! - from[channel]!) * t);
  }
  return ramp;
}

/** A ramp made the first time it is asked for: pages that import the drawings but paint nothing pay nothing. */
const lazyRamp = (colors: readonly string[]) => {
  let ramp: ColorRamp | undefined;
  return (): ColorRamp => (ramp ??= colorRamp(colors));
};

/** Negative activations blue, zero white, positive red: tanh and RBF maps are signed. */
export const SIGNED_COLOURS = ['#2166ac', '#f7f7f7', '#b2182b'] as const;
export const signedRamp = lazyRamp(SIGNED_COLOURS);

/** Paper white to ink black, for digits. */
export const INK_COLOURS = ['#ffffff', '#000000'] as const;
export const inkRamp = lazyRamp(INK_COLOURS);

/** White at zero to the signed ramp's red, for values that cannot be negative (distances, probabilities). */
export const FROM_ZERO_COLOURS = [SIGNED_COLOURS[1], SIGNED_COLOURS[2]] as const;
export const fromZeroRamp = lazyRamp(FROM_ZERO_COLOURS);
