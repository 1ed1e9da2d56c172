import { roundedMarkup } from './test-support.ts';
// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../mnist/dataset.ts';
import {
  confusionRows,
  drawConfusion,
  drawCurve,
  drawScores,
  gridOf,
  heatmapPixels,
  scoreRows,
  signedRamp,
  signedExtent,
  tilesOf,
} from './index.ts';

const svg = () => document.createElementNS('http://www.w3.org/2000/svg', 'svg');

describe('drawCurve', () => {
  const random = seededRandom(7);
  const points = Array.from({ length: 12 }, (_, i) => ({ x: (i + 1) / 12, y: 2 / (i + 1) + random() * 0.1 }));

  it('renders a loss curve as golden SVG', () => {
    const element = svg();
    drawCurve(element, { title: 'Training loss', points, formatY: (value) => value.toFixed(1) });
    expect(roundedMarkup(element.outerHTML)).toMatchSnapshot();
  });

  it('draws labelled marks up to the last point, the last one inside the edge, and names its x axis', () => {
    const element = svg();
    drawCurve(element, {
      title: 'Training loss',
      points: [
        { x: 0.5, y: 3 },
        { x: 3, y: 1 },
      ],
      formatY: String,
      xLabel: 'passes',
      marks: [
        { x: 0, label: 'η 5e-5' },
        { x: 2, label: 'η 2e-5' },
        { x: 3, label: 'η 1e-5' },
        { x: 5, label: 'η 5e-6' },
      ],
    });
    expect(roundedMarkup(element.outerHTML)).toMatchSnapshot();
    const labels = Array.from(element.querySelectorAll('g.curve-mark text'));
    expect(labels.map((text) => text.textContent)).toEqual(['η 5e-5', 'η 2e-5', 'η 1e-5']);
    // The last, at the right edge, reads to the left of its line.
    expect(labels.map((text) => text.getAttribute('text-anchor'))).toEqual(['start', 'start', 'end']);
    expect(element.getAttribute('aria-label')).toBe('Training loss: 1 after 3.00 passes');
  });

  it('ends the loss axis on a tick at or above the first, largest loss', () => {
    const element = svg();
    drawCurve(element, {
      title: 'Training loss',
      points: [
        { x: 0.1, y: 2.31 },
        { x: 0.2, y: 0.4 },
      ],
      formatY: String,
    });
    const ticks = Array.from(element.querySelectorAll('g.curve-y-tick text'), (text) => Number(text.textContent));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(2.31);
  });

  it.each([
    [47, ['0', '10', '20', '30', '40', '50']],
    [2.31, ['0.0', '0.5', '1.0', '1.5', '2.0', '2.5']],
    [0.042, ['0.00', '0.01', '0.02', '0.03', '0.04', '0.05']],
  ])('writes every loss tick up to %d with the same decimals, chosen from the range', (largest, expected) => {
    const element = svg();
    drawCurve(element, {
      title: 'Training loss',
      points: [
        { x: 0.1, y: largest },
        { x: 0.2, y: largest / 3 },
      ],
      formatY: (value, decimals) => value.toFixed(decimals ?? 2),
    });
    const ticks = Array.from(element.querySelectorAll('g.curve-y-tick text'), (text) => text.textContent);
    expect(ticks).toEqual(expected);
    expect(element.getAttribute('aria-label')).toBe(`Training loss: ${(largest / 3).toFixed(2)} after 0.20 epochs`);
  });

  it('names the last value for screen readers, and draws axes alone before any data', () => {
    const element = svg();
    drawCurve(element, { title: 'Test accuracy', points: [], yDomain: [0.8, 1], formatY: String });
    expect(element.getAttribute('aria-label')).toBe('Test accuracy: no data yet');
    expect(element.querySelector('path.curve-line')!.getAttribute('d')).toBeNull();
    drawCurve(element, { title: 'Test accuracy', points: [{ x: 0.5, y: 0.97 }], yDomain: [0.8, 1], formatY: String });
    expect(element.getAttribute('aria-label')).toBe('Test accuracy: 0.97 after 0.50 epochs');
    expect(element.querySelectorAll('path.curve-line')).toHaveLength(1);
  });
});

describe('scoreRows', () => {
  it.each([
    ['distance', [5, 2, 9, 2.5, 8, 8, 8, 8, 8, 8], 1, '2.0'],
    ['probability', [0.01, 0.02, 0.9, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01], 2, '90.0%'],
    ['logit', [-3, 1.5, -0.25, 7.125, 0, -8, 2, 2, 2, 2], 3, '7.13'],
  ] as const)('scoreRows(%s) marks digit %j as the answer', (kind, scores, best, text) => {
    const rows = scoreRows(scores, kind);
    expect(rows.filter((row) => row.best).map((row) => row.digit)).toEqual([best]);
    expect(rows[best]!.text).toBe(text);
    expect(rows[best]!.share).toBe(kind === 'probability' ? 0.9 : 1);
    expect(rows.every((row) => row.share >= 0 && row.share <= 1)).toBe(true);
  });

  it('drawScores writes ten rows and says which is the answer', () => {
    const list = document.createElement('ol');
    drawScores(list, [3, 1, 4, 1.5, 9, 2.6, 5, 3.5, 8, 9.7], 'distance');
    expect(list.querySelectorAll('li')).toHaveLength(10);
    expect(list.querySelector('li.best .score-value')!.textContent).toBe('1.0 (answer)');
  });
});

describe('drawConfusion', () => {
  const confusion = Array.from({ length: 100 }, (_, i) => (i % 11 === 0 ? 95 : i === 53 ? 4 : 0));

  it('confusionRows puts the true digit in rows and the answer in columns', () => {
    expect(confusionRows(confusion)[5]![3]).toEqual({ label: 5, predicted: 3, count: 4 });
  });

  it('draws 100 buttons, names each, and reports the pressed cell', () => {
    const table = document.createElement('table');
    const onSelect = vi.fn();
    drawConfusion(table, confusion, onSelect);
    expect(table.querySelectorAll('td button')).toHaveLength(100);
    const cell = table.querySelector<HTMLButtonElement>('button[aria-label="4 5s read as 3"]')!;
    expect(cell.className).toBe('mistake');
    cell.click();
    expect(onSelect).toHaveBeenCalledWith({ label: 5, predicted: 3, count: 4 });
  });
});

describe('heatmaps', () => {
  const maps = { name: 'C1', height: 2, width: 2, channels: 2, values: Float32Array.from([-1, 0, 0, 1, 1, 0, 0.5, 0]) };

  it('heatmapPixels paints -extent blue, 0 near white and +extent red, per channel', () => {
    const pixels = heatmapPixels(maps, 0, signedRamp(), signedExtent(maps.values));
    expect([...pixels.subarray(0, 4)]).toEqual([0x21, 0x66, 0xac, 255]);
    expect([...pixels.subarray(8, 12)]).toEqual([0xb2, 0x18, 0x2b, 255]);
    expect(pixels[4]).toBeGreaterThan(240);
  });

  it.each([
    [84, 12, 7],
    [120, 10, 12],
    [16, 4, 4],
  ])('gridOf(%i) is %i rows of %i', (channels, rows, columns) => {
    expect(gridOf(channels)).toEqual({ rows, columns });
  });

  it('tilesOf gives one picture per map, and one grid for a layer of single units', () => {
    expect(tilesOf(maps).map((tile) => [...tile.values])).toEqual([
      [-1, 0, 1, 0.5],
      [0, 1, 0, 0],
    ]);
    const f6 = { name: 'F6', height: 1, width: 1, channels: 84, values: new Float32Array(84) };
    expect(tilesOf(f6).map((tile) => [tile.height, tile.width])).toEqual([[12, 7]]);
  });
});
