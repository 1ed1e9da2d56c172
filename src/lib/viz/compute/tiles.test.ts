import { describe, expect, it } from 'vitest';
import { cellOf, stepUnit, tileLayout, tileValues, unitAt } from './tiles.ts';

const maps = (channels: number, height: number, width: number) => ({
  channels,
  height,
  width,
  values: Float32Array.from({ length: channels * height * width }, (_, i) => i),
});

describe('tileLayout', () => {
  it.each([
    ['C1, 6 maps of 28x28', maps(6, 28, 28), { tiles: 6, rows: 28, columns: 28, single: false }],
    ['C5 at 32x32, 120 single units', maps(120, 1, 1), { tiles: 1, rows: 10, columns: 12, single: true }],
    [
      "F6's 84 units, as the prototypes' 7 wide by 12 high",
      maps(84, 1, 1),
      { tiles: 1, rows: 12, columns: 7, single: true },
    ],
    ['the ten outputs', maps(10, 1, 1), { tiles: 1, rows: 2, columns: 5, single: true }],
  ])('tileLayout(%s)', (_, input, layout) => {
    expect(tileLayout(input)).toEqual(layout);
  });
});

describe('units and cells', () => {
  const c1 = tileLayout(maps(6, 28, 28));
  const outputs = tileLayout(maps(10, 1, 1));

  it('unitAt and cellOf are inverses, for maps and for a grid of single units', () => {
    expect(cellOf(c1, unitAt(c1, 6, 2, 3, 20)!)).toEqual({ tile: 2, row: 3, column: 20 });
    expect(unitAt(outputs, 10, 0, 1, 2)).toEqual({ map: 7, y: 0, x: 0 });
    expect(cellOf(outputs, { map: 7, y: 0, x: 0 })).toEqual({ tile: 0, row: 1, column: 2 });
  });

  it('a grid cell past the last unit holds none', () => {
    expect(unitAt(tileLayout(maps(7, 1, 1)), 7, 0, 2, 2)).toBeUndefined();
  });

  it('tileValues reads one map out of the channels-last values', () => {
    expect(Array.from(tileValues(maps(3, 2, 2), tileLayout(maps(3, 2, 2)), 1))).toEqual([1, 4, 7, 10]);
  });

  it.each([
    ['ArrowRight', { map: 2, y: 3, x: 21 }],
    ['ArrowLeft', { map: 2, y: 3, x: 19 }],
    ['ArrowUp', { map: 2, y: 2, x: 20 }],
    ['ArrowDown', { map: 2, y: 4, x: 20 }],
  ])('stepUnit moves %s within the map', (key, next) => {
    expect(stepUnit(c1, 6, { map: 2, y: 3, x: 20 }, key)).toEqual(next);
  });

  it('stepUnit stays put at the edge of the map, and ignores other keys', () => {
    expect(stepUnit(c1, 6, { map: 2, y: 0, x: 27 }, 'ArrowRight')).toEqual({ map: 2, y: 0, x: 27 });
    expect(stepUnit(c1, 6, { map: 2, y: 0, x: 27 }, 'Enter')).toBeUndefined();
    expect(stepUnit(outputs, 10, { map: 4, y: 0, x: 0 }, 'ArrowDown')).toEqual({ map: 9, y: 0, x: 0 });
  });
});
