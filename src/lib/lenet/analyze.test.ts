import { PRESETS } from './switches.ts';
import { describe, expect, it } from 'vitest';
import { layerNamed } from './analyze.ts';
import { lenet5, preset } from './lenet5.ts';
import { analysisOf } from './test-support.ts';

const paper32 = analysisOf(preset('paper'), { height: 32, width: 32 });
const modern32 = analysisOf(preset('modern'), { height: 32, width: 32 });

// Section II-B of the paper states each of these figures in its text.
const PAPER_FIGURES = [
  { layer: 'C1', shape: [6, 28, 28], trainable: 156, fixed: 0, connections: 122_304 },
  { layer: 'S2', shape: [6, 14, 14], trainable: 12, fixed: 0, connections: 5_880 },
  { layer: 'C3', shape: [16, 10, 10], trainable: 1_516, fixed: 0, connections: 151_600 },
  { layer: 'S4', shape: [16, 5, 5], trainable: 32, fixed: 0, connections: 2_000 },
  { layer: 'C5', shape: [120, 1, 1], trainable: 48_120, fixed: 0, connections: 48_120 },
  { layer: 'F6', shape: [84, 1, 1], trainable: 10_164, fixed: 0, connections: 10_164 },
  { layer: 'Output', shape: [10, 1, 1], trainable: 0, fixed: 840, connections: 840 },
];

describe('analyze(paper, 32x32) reproduces Section II-B', () => {
  it.each(PAPER_FIGURES)('$layer has $trainable trainable parameters and $connections connections', (row) => {
    const layer = layerNamed(paper32, row.layer)!;
    expect([layer.shape.channels, layer.shape.height, layer.shape.width]).toEqual(row.shape);
    expect(layer.trainable).toBe(row.trainable);
    expect(layer.fixed).toBe(row.fixed);
    expect(layer.connections).toBe(row.connections);
  });

  it('gives 60,000 trainable parameters and 340,908 connections in total', () => {
    expect(paper32.totals.trainable).toBe(60_000);
    expect(paper32.totals.connections).toBe(340_908);
    expect(paper32.totals.fixed).toBe(840);
  });

  it('counts the parameters as weights plus biases in every layer', () => {
    for (const layer of paper32.layers) expect(layer.weights + layer.biases).toBe(layer.trainable + layer.fixed);
  });
});

describe('analyze(modern, 32x32) gives the 61,706 of the model-zoo table', () => {
  it.each([
    ['C1', 156],
    ['S2', 0],
    ['C3', 2_416],
    ['S4', 0],
    ['C5', 48_120],
    ['F6', 10_164],
    ['Output', 850],
  ])('%s has %i parameters', (name, parameters) => {
    expect(layerNamed(modern32, name)!.trainable).toBe(parameters);
  });

  it('totals 61,706 trainable parameters and no fixed ones', () => {
    expect(modern32.totals.trainable).toBe(61_706);
    expect(modern32.totals.fixed).toBe(0);
  });
});

describe('each switch changes only its own layers', () => {
  const paperSwitches = PRESETS.paper;
  const trainableAt32 = (changes: object) =>
    analysisOf(lenet5({ ...paperSwitches, ...changes }), { height: 32, width: 32 }).totals.trainable;

  it.each([
    ['c3: full adds 25 x 36 missing links', { c3: 'full' }, 60_000 + 900],
    ['subsampling: average removes 12 + 32', { subsampling: 'average' }, 60_000 - 44],
    ['output: softmax adds the 850 of a dense 84 -> 10', { output: 'softmax' }, 60_000 + 850],
    ['head: flatten changes nothing at 32x32', { head: 'flatten' }, 60_000],
  ])('%s', (_, changes, expected) => {
    expect(trainableAt32(changes)).toBe(expected);
  });
});

describe('analyze at a 36x36 input (C5 grows past 1x1)', () => {
  const paper36 = analysisOf(preset('paper'), { height: 36, width: 36 });
  const modern36 = analysisOf(preset('modern'), { height: 36, width: 36 });

  it('analyze(paper, 36x36) gives C5 120x2x2 and an output map of 10x2x2', () => {
    expect(layerNamed(paper36, 'C5')!.shape).toEqual({ channels: 120, height: 2, width: 2 });
    expect(layerNamed(paper36, 'Output')!.shape).toEqual({ channels: 10, height: 2, width: 2 });
  });

  it('the convolutional head keeps 60,000 parameters; connections follow each map area', () => {
    // Worked by hand: 32*32*156 + 16*16*6*5 + 12*12*1516 + 6*6*16*5 + 4*(48120 + 10164 + 840).
    expect(paper36.totals.trainable).toBe(60_000);
    expect(paper36.totals.connections).toBe(625_104);
  });

  it('the flatten head gives F6 120*2*2*84 + 84 = 40,404 parameters', () => {
    expect(layerNamed(modern36, 'F6')!.trainable).toBe(40_404);
    expect(layerNamed(modern36, 'F6')!.shape).toEqual({ channels: 84, height: 1, width: 1 });
    expect(modern36.totals.trainable).toBe(61_706 - 10_164 + 40_404);
  });
});
