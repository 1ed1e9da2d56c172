// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ScaleKind } from './colour-scale.ts';
import { drawLegend } from './draw-legend.ts';

describe('drawLegend', () => {
  it.each([
    ['signed', 1.72, ['−1.72', '0', '1.72'], 'Colour scale from −1.72 (blue) through 0 (white) to 1.72 (red)'],
    ['grey', 255, ['0', '128', '255'], 'Grey scale from 0 (white) to 255 (black)'],
    // The output layer's squared distances: the key starts at 0, never at minus the largest distance.
    ['from-zero', 114.635, ['0', '57.32', '114.64'], 'Colour scale from 0 (white) to 114.64 (red)'],
  ] as const)('a %s key up to %d reads %j', (kind: ScaleKind, extent, labels, name) => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    drawLegend(svg, extent, kind);
    expect(Array.from(svg.querySelectorAll('text'), (text) => text.textContent)).toEqual(labels);
    expect(svg.getAttribute('aria-label')).toBe(name);
  });

  it('redraws one key in place when a panel changes scale', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    drawLegend(svg, 2, 'signed');
    drawLegend(svg, 2, 'from-zero');
    expect(svg.querySelectorAll('linearGradient')).toHaveLength(1);
    expect(Array.from(svg.querySelectorAll('stop'), (stop) => stop.getAttribute('stop-color'))).toEqual([
      '#f7f7f7',
      '#b2182b',
    ]);
  });
});
