/**
 * A layer's values for one digit, in tfjs's order (height, width, maps), so that
 * a tfjs kernel's numbers can be read as they are stored.
 */
export interface Maps {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  readonly values: Float32Array;
}

export const mapsOf = (channels: number, height: number, width: number): Maps => ({
  channels,
  height,
  width,
  values: new Float32Array(channels * height * width),
});

/** The value of map `channel` at row `y`, column `x`. */
export const at = (maps: Maps, channel: number, y: number, x: number): number =>
  maps.values[(y * maps.width + x) * maps.channels + channel]!;
