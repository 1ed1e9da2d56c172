import type { ColorRamp } from './color-ramp.ts';

/** Activations of one layer for one input: height x width x channels, channels last as tfjs keeps them. */
export interface FeatureMaps {
  readonly name: string;
  readonly height: number;
  readonly width: number;
  readonly channels: number;
  readonly values: Float32Array;
}

/** The largest absolute value, so that one colour scale serves every map of a layer. */
export function signedExtent(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const value = Math.abs(values[i]!);
    if (value > max && Number.isFinite(value)) max = value;
  }
  return max || 1;
}

/**
 * RGBA pixels of channel `channel`, each value placed on `ramp` between
 * -extent and +extent (or 0 and extent when `signed` is false).
 */
export function heatmapPixels(
  maps: FeatureMaps,
  channel: number,
  ramp: ColorRamp,
  extent: number,
  signed = true,
  out = new Uint8ClampedArray(maps.height * maps.width * 4),
): Uint8ClampedArray {
  const { height, width, channels, values } = maps;
  const low = signed ? -extent : 0;
  const span = extent - low;
  for (let pixel = 0; pixel < height * width; pixel++) {
    const value = values[pixel * channels + channel]!;
    const step = Math.max(0, Math.min(255, Math.round(((value - low) / span) * 255))) || 0;
    out[pixel * 4] = ramp[step * 3]!;
    out[pixel * 4 + 1] = ramp[step * 3 + 1]!;
    out[pixel * 4 + 2] = ramp[step * 3 + 2]!;
    out[pixel * 4 + 3] = 255;
  }
  return out;
}
