import { describe, expect, it } from 'vitest';
import { layerNamed } from '../analyze.ts';
import { analysisOf } from '../test-support.ts';
import { LENET1, LENET1_ENTRY, LENET1_H3_TABLE } from './lenet1.ts';

// The oracle is the NIPS 1989 paper's own sentence: "4635 units, 98442 connections,
// and 2578 independent parameters", and its Table 1 of 20 links.
describe('LeNet-1 at 28x28', () => {
  const analysis = analysisOf(LENET1, LENET1_ENTRY.input);

  it.each([
    ['H1', 4, 24],
    ['H2', 4, 12],
    ['H3', 12, 8],
    ['H4', 12, 4],
  ])('analyze(LeNet-1, 28x28) gives %s %i maps of %ix%i', (name, maps, side) => {
    expect(layerNamed(analysis, name)!.shape).toEqual({ channels: maps, height: side, width: side });
  });

  it("has the NIPS paper's 2,578 independent parameters", () => {
    expect(analysis.totals.trainable).toBe(2578);
  });

  it("has the NIPS paper's 98,442 connections", () => {
    expect(analysis.totals.connections).toBe(98442);
  });

  it("has 4,634 units, the paper's 4,635 less the one constant unit that feeds every bias", () => {
    expect(analysis.totals.activations).toBe(4635 - 1);
  });

  it('links 20 of the 48 H2-to-H3 pairs, five from each H2 map', () => {
    expect(LENET1_H3_TABLE.map((row) => row.filter(Boolean).length)).toEqual([5, 5, 5, 5]);
  });

  it('ends in 10 outputs, each reading all 192 H4 units', () => {
    const output = layerNamed(analysis, 'Output')!;
    expect(output.shape).toEqual({ channels: 10, height: 1, width: 1 });
    expect(output.weights).toBe(10 * 12 * 4 * 4);
  });
});
