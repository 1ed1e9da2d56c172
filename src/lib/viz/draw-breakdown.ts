import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';

export interface BreakdownSeries {
  readonly label: string;
  /** One value per layer, in the order of `layers`. */
  readonly values: readonly number[];
}

export interface BreakdownData {
  readonly title: string;
  readonly layers: readonly string[];
  readonly series: readonly BreakdownSeries[];
  readonly format: (value: number) => string;
}

/** The width the bars are drawn at unless the page gives its own, as a phone does. */
export const BREAKDOWN_WIDTH = 520;
const ROW = 34;
const LEFT = 56;
const RIGHT = 90;

/**
 * Horizontal bars, one group per layer and one bar per series, drawn into `svg`
 * at `width` user units: a page passes the width it has, so that the drawing is
 * never scaled and its labels keep their size.
 */
export function drawBreakdown(svg: SVGSVGElement, data: BreakdownData, width = BREAKDOWN_WIDTH): void {
  const height = data.layers.length * ROW + 24;
  const max = Math.max(1, ...data.series.flatMap((series) => series.values));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(1, width - LEFT - RIGHT)]);
  const band = scaleBand<number>()
    .domain(data.series.map((_, index) => index))
    .range([4, ROW - 4])
    .padding(0.15);
  const root = select(svg).attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img').attr('aria-label', data.title);
  const groups = root
    .selectAll<SVGGElement, string>('g.breakdown-layer')
    .data(data.layers)
    .join('g')
    .attr('class', 'breakdown-layer')
    .attr('transform', (_, index) => `translate(0 ${index * ROW})`);
  groups
    .selectAll('text.breakdown-name')
    .data((layer) => [layer])
    .join('text')
    .attr('class', 'breakdown-name')
    .attr('x', LEFT - 8)
    .attr('y', ROW / 2 + 4)
    .attr('text-anchor', 'end')
    .text((layer) => layer);
  const bars = groups
    .selectAll<SVGGElement, { series: number; value: number }>('g.breakdown-bar')
    .data((_, layer) => data.series.map((series, index) => ({ series: index, value: series.values[layer] ?? 0 })))
    .join('g')
    .attr('class', (bar) => `breakdown-bar series-${bar.series}`);
  bars
    .selectAll('rect')
    .data((bar) => [bar])
    .join('rect')
    .attr('x', LEFT)
    .attr('y', (bar) => band(bar.series) ?? 0)
    .attr('width', (bar) => Math.round(x(bar.value) * 10) / 10)
    .attr('height', band.bandwidth());
  bars
    .selectAll('text')
    .data((bar) => [bar])
    .join('text')
    .attr('x', (bar) => LEFT + Math.round(x(bar.value) * 10) / 10 + 4)
    .attr('y', (bar) => (band(bar.series) ?? 0) + band.bandwidth() - 1)
    .text((bar) => data.format(bar.value));
  root
    .selectAll('g.breakdown-legend')
    .data([data.series])
    .join('g')
    .attr('class', 'breakdown-legend')
    .attr('transform', `translate(${LEFT} ${height - 6})`)
    .selectAll('text')
    .data((series) => series)
    .join('text')
    .attr('class', (_, index) => `series-${index}`)
    .attr('x', (_, index) => index * Math.min(150, (width - LEFT) / 2))
    .text((series, index) => `${index === 0 ? '■' : '■'} ${series.label}`);
}
