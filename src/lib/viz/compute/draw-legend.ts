import { select } from 'd3-selection';
import { SCALES, type ScaleKind } from './colour-scale.ts';

const WIDTH = 180;
let legends = 0;

/** A colour scale's key: its gradient, with the values at its start, middle and end. */
export function drawLegend(svg: SVGSVGElement, extent: number, kind: ScaleKind = 'signed'): void {
  const scale = SCALES[kind];
  const stops = scale.stops;
  const root = select(svg)
    .attr('viewBox', `0 0 ${WIDTH} 30`)
    .attr('width', WIDTH)
    .attr('height', 30)
    .attr('role', 'img');
  root.attr('aria-label', scale.description(extent));
  const id = (svg.dataset['gradient'] ??= `compute-gradient-${legends++}`);
  const gradient = `${id}-${kind}`;
  root
    .selectAll('defs')
    .data([gradient])
    .join('defs')
    .selectAll('linearGradient')
    .data((key) => [key])
    .join('linearGradient')
    .attr('id', (key) => key)
    .selectAll('stop')
    .data(stops)
    .join('stop')
    .attr('offset', (_, index) => `${(index / (stops.length - 1)) * 100}%`)
    .attr('stop-color', (colour) => colour);
  root
    .selectAll('rect')
    .data([gradient])
    .join('rect')
    .attr('x', 0)
    .attr('y', 0)
    .attr('width', WIDTH)
    .attr('height', 10)
    .attr('fill', (key) => `url(#${key})`);
  root
    .selectAll('text')
    .data(
      scale.labels(extent).map((text, index) => ({
        x: (index * WIDTH) / 2,
        anchor: ['start', 'middle', 'end'][index]!,
        text,
      })),
    )
    .join('text')
    .attr('x', (label) => label.x)
    .attr('y', 26)
    .attr('text-anchor', (label) => label.anchor)
    .text((label) => label.text);
}
