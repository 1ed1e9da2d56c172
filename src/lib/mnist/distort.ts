/**
 * The paper's distortions (Section III-B): "combinations of the following planar
 * affine transformations: horizontal and vertical translations, scaling,
 * squeezing (simultaneous horizontal compression and vertical elongation, or the
 * reverse), and horizontal shearing". Each is about the image's centre; the
 * composed map is sampled bilinearly, with blank paper outside the image.
 */
export interface Distortion {
  /** Pixels right and down. */
  readonly dx: number;
  readonly dy: number;
  /** Both axes by this factor. */
  readonly scale: number;
  /** Width times `squeeze`, height divided by it: below 1 narrows and lengthens the digit. */
  readonly squeeze: number;
  /** Each row moves right by `shear` pixels per row below the centre. */
  readonly shear: number;
}

export const IDENTITY: Distortion = { dx: 0, dy: 0, scale: 1, squeeze: 1, shear: 0 };

/** Where output pixel (x, y) reads the source: x' = a x + b y + c, y' = d x + e y + f. */
export interface SourceMap {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly e: number;
  readonly f: number;
}

/**
 * The inverse of the distortion, in pixel indices of a side x side image: the
 * forward map sends p to centre + Scale Squeeze Shear (p - centre) + (dx, dy).
 */
export function sourceMap({ dx, dy, scale, squeeze, shear }: Distortion, side: number): SourceMap {
  const centre = (side - 1) / 2;
  // Forward linear part [[p, q], [0, r]]: scale * diag(squeeze, 1/squeeze) * [[1, shear], [0, 1]].
  const p = scale * squeeze;
  const q = scale * squeeze * shear;
  const r = scale / squeeze;
  // Its inverse: [[1/p, -q/(p r)], [0, 1/r]].
  const a = 1 / p;
  const b = -q / (p * r);
  const e = 1 / r;
  const x0 = centre + dx;
  const y0 = centre + dy;
  return { a, b, c: centre - a * x0 - b * y0, d: 0, e, f: centre - e * y0 };
}

/** Bilinear sampling of `source` (side x side from `start`) through `map`, written to `out` from `outStart`. */
export function sampleAffine(
  source: ArrayLike<number>,
  start: number,
  side: number,
  map: SourceMap,
  out: Float32Array,
  outStart = 0,
): void {
  const at = (row: number, column: number) =>
    row < 0 || column < 0 || row >= side || column >= side ? 0 : source[start + row * side + column]!;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const sx = map.a * x + map.b * y + map.c;
      const sy = map.d * x + map.e * y + map.f;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const top = at(y0, x0) * (1 - fx) + at(y0, x0 + 1) * fx;
      const bottom = at(y0 + 1, x0) * (1 - fx) + at(y0 + 1, x0 + 1) * fx;
      out[outStart + y * side + x] = top * (1 - fy) + bottom * fy;
    }
  }
}

/** One distorted copy of a side x side image, as floats on the source's scale. */
export function distortImage(source: ArrayLike<number>, start: number, side: number, distortion: Distortion) {
  const out = new Float32Array(side * side);
  sampleAffine(source, start, side, sourceMap(distortion, side), out);
  return out;
}
