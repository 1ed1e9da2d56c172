import { analysisOf } from '../lenet/test-support.ts';
import { describe, expect, it } from 'vitest';
import { preset, type Analysis } from '../lenet/index.ts';
import { layerSketch, SKETCH_WIDTH } from './layer-sketch.ts';

function paperAt(height: number, width: number): Analysis {
  const result = analysisOf(preset('paper'), { height, width });
  return result;
}

describe('layerSketch(analysis, layer)', () => {
  const paper = paperAt(32, 32);

  it.each(['C1', 'S2', 'C3', 'S4', 'C5', 'F6', 'Output'])('draws %s the same way every time (golden data)', (name) => {
    expect(layerSketch(paper, name)).toMatchSnapshot();
  });

  it('labels the input and output volumes with their shapes', () => {
    expect(layerSketch(paper, 'C3').labels.map((label) => label.text)).toEqual(['S2: 6x14x14', 'C3: 16x10x10']);
  });

  it("draws C1's window 5/32 of the input map's side", () => {
    const sketch = layerSketch(paper, 'C1');
    const window = sketch.rects.find((rect) => rect.role === 'window')!;
    const inputMap = sketch.rects.find((rect) => rect.role === 'map')!;
    expect(window.width / inputMap.width).toBeCloseTo(5 / 32, 2);
  });

  it('stacks at most eight maps however many there are', () => {
    const maps = layerSketch(paper, 'C5').rects.filter((rect) => rect.role === 'map');
    expect(maps).toHaveLength(8 + 8);
  });

  it("grows C5's drawing at a 64x64 input and still fits the panel", () => {
    const sketch = layerSketch(paperAt(64, 64), 'C5');
    for (const rect of sketch.rects) expect(rect.x + rect.width).toBeLessThanOrEqual(sketch.width);
    expect(sketch.description).toContain('120x9x9');
  });

  it.each([32, 64, 128])(
    'at a %ix%i input every layer is drawn within the 320 px of a 360 px phone, at its own size',
    (side) => {
      const network = paperAt(side, side);
      for (const name of ['C1', 'S2', 'C3', 'S4', 'C5', 'F6', 'Output']) {
        const sketch = layerSketch(network, name);
        expect(sketch.width).toBeLessThanOrEqual(320);
        for (const rect of sketch.rects) expect(rect.x + rect.width).toBeLessThanOrEqual(sketch.width);
        for (const line of sketch.lines) expect(Math.max(line.x1, line.x2)).toBeLessThanOrEqual(sketch.width);
      }
    },
  );

  it('gives each panel room for its label, about 7 px a character at 12 px', () => {
    const sketch = layerSketch(paperAt(128, 128), 'C1');
    const [input, output] = sketch.labels;
    expect(output!.x - input!.x).toBeGreaterThanOrEqual(7 * input!.text.length);
    expect(SKETCH_WIDTH - output!.x).toBeGreaterThanOrEqual(7 * output!.text.length);
  });

  it('refuses the input layer, which has nothing below it', () => {
    expect(() => layerSketch(paper, 'Input')).toThrow('No layer named "Input" after the input.');
  });
});
