import { scaleLinear } from 'd3-scale';

/** 256 RGB triples along a colour scale, so that painting a pixel is a table lookup. */
export type ColorRamp = Uint8Array;

function parseRgb(color: string): [number, number, number] {
  const match = /rgb\((\d+), (\d+), (\d+)\)/.exec(color);
  if (!match) throw new Error(`Not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** A ramp through `colors`, evenly spaced, from d3's interpolation of them. */
export function colorRamp(colors: readonly string[]): ColorRamp {
  const scale = scaleLinear<string>()
    .domain(colors.map((_, index) => index / (colors.length - 1)))
    .range(colors);
  const ramp = new Uint8Array(256 * 3);
  for (let step = 0; step < 256; step++) ramp.set(parseRgb(scale(step / 255)), step * 3);
  return ramp;
}

/** A ramp made the first time it is asked for: pages that import the drawings but paint nothing pay nothing. */
const lazyRamp = (colors: readonly string[]) => {
  let ramp: ColorRamp | undefined;
  return (): ColorRamp => (ramp ??= colorRamp(colors));
};

/** Negative activations blue, zero white, positive red: tanh and RBF maps are signed. */
export const signedRamp = lazyRamp(['#2166ac', '#f7f7f7', '#b2182b']);

/** Paper white to ink black, for digits. */
export const inkRamp = lazyRamp(['#ffffff', '#000000']);
