import { describe, expect, it } from 'vitest';
import type { Computation } from '../../explain/explain.ts';
import { analyze } from '../../lenet/analyze.ts';
import { BUILT_PRESETS } from '../../lenet/networks/registry.ts';
import { layerPanels } from './panels.ts';

/** A computation whose every value is `value(i)`, shaped as the preset's layers are: what the panels read. */
function computationOf(preset: 'paper' | 'modern', value: (i: number) => number): Computation {
  const built = BUILT_PRESETS.find((entry) => entry.preset === preset)!;
  const analysis = analyze(built.network, built.input);
  if (!analysis.ok) throw new Error(analysis.error.message);
  const maps = (shape: { channels: number; height: number; width: number }) => ({
    ...shape,
    values: Float32Array.from({ length: shape.channels * shape.height * shape.width }, (_, i) => value(i)),
  });
  const passes = analysis.value.layers.map((layer) => ({
    name: layer.name,
    sums: maps(layer.shape),
    output: maps(layer.shape),
  }));
  return { network: built.network, placement: undefined!, weights: undefined!, passes };
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

describe('layerPanels', () => {
  // Squared distances from 30 to 114.6, and probabilities, are never negative; activations are signed.
  it.each([
    ["the paper's Output, ten squared distances", 'paper', 'Output', (i: number) => 30 + i * 9.4, 'from-zero', DIGITS],
    ["the modern port's Output, ten probabilities", 'modern', 'Output', (i: number) => i / 45, 'from-zero', DIGITS],
    ['C1, signed activations', 'paper', 'C1', (i: number) => Math.sin(i), 'signed', undefined],
    ['F6, signed activations', 'paper', 'F6', (i: number) => Math.sin(i), 'signed', undefined],
  ] as const)('%s', (_, preset, layer, value, scale, cells) => {
    const computation = computationOf(preset, value);
    const index = computation.network.layers.findIndex((entry) => entry.name === layer);
    const { output } = layerPanels(computation, index, new Uint8Array(784));
    expect(output.scale ?? 'signed').toBe(scale);
    expect(output.tiles[0]!.cells).toEqual(cells);
    if (cells)
      expect(output.tiles[0]!.name).toMatch(/one per digit, 0 to 9, in 2 rows of 5, each labelled with its digit/);
  });

  it('keys the MNIST digit in grey levels from 0 to 255', () => {
    const { input } = layerPanels(
      computationOf('paper', () => 0),
      0,
      new Uint8Array(784),
    );
    expect([input.scale, input.extent]).toEqual(['grey', 255]);
  });
});
