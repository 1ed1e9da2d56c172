import { describe, expect, it } from 'vitest';
import { addLayer, editLayer, fitTables, mapsPerLayer, removeLayer } from './edit.ts';
import { preset } from './lenet5.ts';
import { LENET1, LENET1_H3_TABLE } from './networks/lenet1.ts';
import type { ConvolutionLayer } from './spec.ts';
import { analysisOf } from './test-support.ts';

const h3 = (network: typeof LENET1) => network.layers[3] as ConvolutionLayer;

describe('editing a network', () => {
  it('mapsPerLayer(LeNet-1) gives 1, 4, 4, 12, 12, 10', () => {
    expect(mapsPerLayer(LENET1)).toEqual([1, 4, 4, 12, 12, 10]);
  });

  it("fitTables keeps H3's 20 links and connects the rows of two new H2 maps", () => {
    const wider = fitTables(editLayer(LENET1, 1, (layer) => ({ ...layer, maps: 6 })));
    const table = h3(wider).connections;
    if (table.type !== 'table') throw new Error('H3 lost its table');
    expect(table.matrix.slice(0, 4)).toEqual(LENET1_H3_TABLE);
    expect(table.matrix.slice(4).flat().every(Boolean)).toBe(true);
    // 20 + 24 links of 25 weights, plus 12 biases.
    expect(analysisOf(wider, { height: 28, width: 28 }).layers[3]!.trainable).toBe(44 * 25 + 12);
  });

  it('addLayer gives the new layer a name no other layer has, and removeLayer takes it out again', () => {
    const paper = preset('paper');
    const added = addLayer(paper, 6, 'full');
    expect(added.layers.map((layer) => layer.name)).toEqual([
      'Input',
      'C1',
      'S2',
      'C3',
      'S4',
      'C5',
      'F6',
      'F7',
      'Output',
    ]);
    expect(removeLayer(added, 7)).toEqual(paper);
  });

  it("addLayer after F6 gives the new full layer F6's 84 units, so the paper's RBF output still reads its 84", () => {
    const added = addLayer(preset('paper'), 6, 'full');
    expect(added.layers[7]).toMatchObject({ kind: 'full', units: 84 });
    expect(analysisOf(added, { height: 32, width: 32 }).layers.at(-1)!.trainable).toBe(0);
  });

  it('never removes the input, nor the only layer after it', () => {
    const tiny = removeLayer(removeLayer(removeLayer(removeLayer(removeLayer(LENET1, 1), 1), 1), 1), 1);
    expect(tiny.layers.map((layer) => layer.kind)).toEqual(['input', 'output']);
    expect(removeLayer(tiny, 0)).toBe(tiny);
  });
});
