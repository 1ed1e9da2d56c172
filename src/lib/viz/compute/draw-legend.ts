import { select } from 'd3-selection';
import { figure } from '../../explain/describe.ts';
import { INK_COLOURS, SIGNED_COLOURS } from '../color-ramp.ts';

const WIDTH = 180;
let legends = 0;

/**
 * A colour scale's key: blue at -extent, white at zero, red at +extent, with the
 * three values; or, unsigned, white at zero to black at extent.
 */
export function drawLegend(svg: SVGSVGElement, extent: number, signed = true): void {
  const stops = signed ? SIGNED_COLOURS : INK_COLOURS;
  const root = select(svg)
    .attr('viewBox', `0 0 ${WIDTH} 30`)
    .attr('width', WIDTH)
    .attr('height', 30)
    .attr('role', 'img');
  root.attr(
    'aria-label',
    signed
      ? `Colour scale from ${figure(-extent, 2)} (blue) through 0 (white) to ${figure(extent, 2)} (red)`
      : `Grey scale from 0 (white) to ${figure(extent, 0)} (black)`,
  );
  const id = (svg.dataset['gradient'] ??= `compute-gradient-${legends++}`);
  const gradient = `${id}-${signed ? 'signed' : 'ink'}`;
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
    .data([
      { x: 0, anchor: 'start', text: signed ? figure(-extent, 2) : '0' },
      { x: WIDTH / 2, anchor: 'middle', text: signed ? '0' : figure(extent / 2, 0) },
      { x: WIDTH, anchor: 'end', text: figure(extent, signed ? 2 : 0) },
    ])
    .join('text')
    .attr('x', (label) => label.x)
    .attr('y', 26)
    .attr('text-anchor', (label) => label.anchor)
    .text((label) => label.text);
}
