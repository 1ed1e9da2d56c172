import { roundedMarkup } from './test-support.ts';
import { analysisOf } from '../lenet/test-support.ts';
// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { formatCount, preset, TABLE_ONE, type Analysis } from '../lenet/index.ts';
import { architecture } from './architecture.ts';
import { drawArchitecture } from './draw-architecture.ts';
import { drawBreakdown } from './draw-breakdown.ts';
import { drawConnectionMatrix } from './draw-connection-matrix.ts';

function paperAt(height: number, width: number): Analysis {
  const result = analysisOf(preset('paper'), { height, width });
  return result;
}

const svg = () => document.createElementNS('http://www.w3.org/2000/svg', 'svg');

describe('drawArchitecture', () => {
  it('renders the paper at 32x32 as golden SVG', () => {
    const element = svg();
    drawArchitecture(
      element,
      architecture(paperAt(32, 32), (name) => `/${name.toLowerCase()}/`),
    );
    expect(roundedMarkup(element.outerHTML)).toMatchSnapshot();
  });

  it('renders the paper at 32x32 downwards, for a phone, as golden SVG', () => {
    const element = svg();
    drawArchitecture(
      element,
      architecture(paperAt(32, 32), (name) => `/${name.toLowerCase()}/`, undefined, 'column'),
    );
    expect(element.getAttribute('data-orientation')).toBe('column');
    expect(roundedMarkup(element.outerHTML)).toMatchSnapshot();
  });

  it('redraws in place when the input grows: C5 becomes 120@2x2, no layer is duplicated', () => {
    const element = svg();
    drawArchitecture(element, architecture(paperAt(32, 32)));
    drawArchitecture(element, architecture(paperAt(36, 36)));
    expect(element.querySelectorAll('a.architecture-layer')).toHaveLength(8);
    expect(element.querySelector('a[data-layer="C5"]')!.getAttribute('aria-label')).toBe('C5: 120@2x2');
  });

  it('reports the layer under the pointer or the keyboard focus', () => {
    const element = svg();
    const onHighlight = vi.fn();
    drawArchitecture(element, architecture(paperAt(32, 32)), { onHighlight });
    element.querySelector('a[data-layer="C3"]')!.dispatchEvent(new Event('focus'));
    element.querySelector('a[data-layer="C3"]')!.dispatchEvent(new Event('blur'));
    expect(onHighlight.mock.calls).toEqual([['C3'], [null]]);
  });
});

describe('drawConnectionMatrix', () => {
  it('renders Table I as 96 toggle buttons, 60 of them pressed', () => {
    const table = document.createElement('table');
    drawConnectionMatrix(table, TABLE_ONE, () => undefined);
    expect(table.querySelectorAll('button')).toHaveLength(96);
    expect(table.querySelectorAll('button[aria-pressed="true"]')).toHaveLength(60);
    expect(roundedMarkup(table.outerHTML)).toMatchSnapshot();
  });

  it('reports the pressed cell', () => {
    const table = document.createElement('table');
    const onToggle = vi.fn();
    drawConnectionMatrix(table, TABLE_ONE, onToggle);
    (table.querySelector('button[aria-label="S2 map 3 to C3 map 0"]') as HTMLButtonElement).click();
    expect(onToggle).toHaveBeenCalledWith(3, 0);
  });
});

describe('drawBreakdown', () => {
  it('renders parameters per layer for two networks as golden SVG, C5 the longest bar', () => {
    const element = svg();
    drawBreakdown(element, {
      title: 'Parameters per layer',
      layers: ['C1', 'C5'],
      series: [
        { label: 'Paper', values: [156, 48_120] },
        { label: 'Modern', values: [156, 48_120] },
      ],
      format: formatCount,
    });
    expect(roundedMarkup(element.outerHTML)).toMatchSnapshot();
    const widths = [...element.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(Math.max(...widths)).toBe(widths[2]);
  });

  it('drawn 300 wide for a phone, keeps its units unscaled and ends every bar and its label inside', () => {
    const element = svg();
    drawBreakdown(
      element,
      {
        title: 'Connections per layer',
        layers: ['C5'],
        series: [{ label: 'Paper', values: [48_120] }],
        format: formatCount,
      },
      300,
    );
    expect(element.getAttribute('viewBox')).toMatch(/^0 0 300 /);
    const rect = element.querySelector('rect')!;
    const end = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'));
    // The label after the longest bar needs about 7 characters of 11 px text: some 45 units.
    expect(end + 4 + 45).toBeLessThanOrEqual(300);
  });
});
