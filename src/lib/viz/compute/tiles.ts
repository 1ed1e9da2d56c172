import type { Unit } from '../../explain/unit.ts';
import { gridOf } from '../draw-feature-maps.ts';

/** A layer's values for one digit, height x width x maps, as the forward pass gives them. */
export interface MapsLike {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  readonly values: Float32Array;
}

/**
 * How a layer is shown: one tile per map, or, when every map is a single unit,
 * one tile with a cell per unit (F6's 84 as the 7x12 of its prototypes).
 */
export interface TileLayout {
  readonly tiles: number;
  readonly rows: number;
  readonly columns: number;
  readonly single: boolean;
}

export function tileLayout(maps: Omit<MapsLike, 'values'>): TileLayout {
  if (maps.height * maps.width > 1)
    return { tiles: maps.channels, rows: maps.height, columns: maps.width, single: false };
  return { tiles: 1, ...gridOf(maps.channels), single: true };
}

/** The unit a tile's cell shows, or undefined for a cell past the last unit. */
export function unitAt(
  layout: TileLayout,
  channels: number,
  tile: number,
  row: number,
  column: number,
): Unit | undefined {
  if (!layout.single) return { map: tile, y: row, x: column };
  const map = row * layout.columns + column;
  return map < channels ? { map, y: 0, x: 0 } : undefined;
}

/** Where a unit is drawn: its tile, row and column. */
export function cellOf(layout: TileLayout, unit: Unit): { tile: number; row: number; column: number } {
  if (!layout.single) return { tile: unit.map, row: unit.y, column: unit.x };
  return { tile: 0, row: Math.floor(unit.map / layout.columns), column: unit.map % layout.columns };
}

/** One tile's values, row-major; cells past the last unit are zero. */
export function tileValues(maps: MapsLike, layout: TileLayout, tile: number): Float32Array {
  const values = new Float32Array(layout.rows * layout.columns);
  if (layout.single) values.set(maps.values.subarray(0, maps.channels));
  else for (let i = 0; i < values.length; i++) values[i] = maps.values[i * maps.channels + tile]!;
  return values;
}

/** The unit an arrow key moves to from `unit`, staying inside its map (or, for single units, the grid). */
export function stepUnit(layout: TileLayout, channels: number, unit: Unit, key: string): Unit | undefined {
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const move = moves[key];
  if (!move) return undefined;
  const { tile, row, column } = cellOf(layout, unit);
  const next = { row: row + move[0], column: column + move[1] };
  if (next.row < 0 || next.row >= layout.rows || next.column < 0 || next.column >= layout.columns) return unit;
  return unitAt(layout, channels, tile, next.row, next.column) ?? unit;
}
