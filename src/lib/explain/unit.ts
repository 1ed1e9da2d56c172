/** One unit of a layer: which map, and where in it. */
export interface Unit {
  readonly map: number;
  readonly y: number;
  readonly x: number;
}

/** A rectangle of units, rows `top` to `top + height - 1`, as a figure outlines it. */
export interface Span {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

export const sameUnit = (a: Unit, b: Unit): boolean => a.map === b.map && a.y === b.y && a.x === b.x;
