import { select } from 'd3-selection';
import { signedRamp, type ColorRamp } from './color-ramp.ts';
import { heatmapPixels, signedExtent, type FeatureMaps } from './heatmap.ts';

/** Rows and columns for showing `channels` single values as one picture (F6's 84 as the 12x7 of its prototypes). */
export function gridOf(channels: number): { rows: number; columns: number } {
  if (channels === 84) return { rows: 12, columns: 7 };
  let columns = Math.ceil(Math.sqrt(channels));
  while (channels % columns !== 0 && columns < channels) columns++;
  return { rows: Math.ceil(channels / columns), columns };
}

/** The pictures a layer is shown as: one per map, or one grid of all units when each map is a single unit. */
export function tilesOf(maps: FeatureMaps): FeatureMaps[] {
  if (maps.height * maps.width > 1) {
    return Array.from({ length: maps.channels }, (_, channel) => {
      const values = new Float32Array(maps.height * maps.width);
      for (let i = 0; i < values.length; i++) values[i] = maps.values[i * maps.channels + channel]!;
      return { name: `${maps.name} map ${channel}`, height: maps.height, width: maps.width, channels: 1, values };
    });
  }
  const { rows, columns } = gridOf(maps.channels);
  const values = new Float32Array(rows * columns);
  values.set(maps.values.subarray(0, maps.channels));
  return [{ name: `${maps.name}, all ${maps.channels} units`, height: rows, width: columns, channels: 1, values }];
}

/** Paints one single-channel picture into `canvas`, resizing it to the picture. */
export function paintTile(
  canvas: HTMLCanvasElement,
  tile: FeatureMaps,
  extent: number,
  ramp: ColorRamp = signedRamp(),
  signed = true,
) {
  if (canvas.width !== tile.width) canvas.width = tile.width;
  if (canvas.height !== tile.height) canvas.height = tile.height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(tile.width, tile.height);
  heatmapPixels(tile, 0, ramp, extent, signed, image.data);
  context.putImageData(image, 0, 0);
}

const describe = (maps: FeatureMaps) =>
  maps.height * maps.width > 1
    ? `${maps.name}: ${maps.channels} maps of ${maps.height}x${maps.width}`
    : `${maps.name}: ${maps.channels} units`;

/**
 * One figure per layer, each map a heatmap on a shared signed scale (blue below
 * zero, red above), redrawn in place as the input changes.
 */
export function drawFeatureMaps(container: HTMLElement, layers: readonly FeatureMaps[]): void {
  const figures = select(container)
    .selectAll<HTMLElement, FeatureMaps>('figure.feature-layer')
    .data(layers, (maps) => maps.name)
    .join((enter) =>
      enter
        .append('figure')
        .attr('class', 'feature-layer')
        .call((figure) => figure.append('figcaption'))
        .call((figure) => figure.append('div').attr('class', 'feature-tiles')),
    );
  figures.select('figcaption').text(describe);
  figures.each(function (maps) {
    const extent = signedExtent(maps.values);
    select(this)
      .select('div.feature-tiles')
      .attr('data-layer', maps.name)
      .selectAll<HTMLCanvasElement, FeatureMaps>('canvas')
      .data(tilesOf(maps))
      .join('canvas')
      .attr('role', 'img')
      .attr('aria-label', (tile) => tile.name)
      .each(function (tile) {
        paintTile(this, tile, extent);
      });
  });
}
