import { analysisOf } from './test-support.ts';
import { describe, expect, it } from 'vitest';
import { describeChange } from './describe-change.ts';
import { addLayer, removeLayer } from './edit.ts';
import { formatCount } from './format.ts';
import { preset } from './lenet5.ts';
import type { Variant } from './switches.ts';

function sentence(variant: Variant, height: number, width: number): string {
  const result = analysisOf(preset(variant), { height, width });
  return describeChange(result);
}

describe('describeChange', () => {
  it('at 32x32, C5 has one position', () => {
    expect(sentence('paper', 32, 32)).toContain('C5 is 120@1x1: its 5x5 kernels fit its input in exactly one position');
  });

  it('at 36x36 with the convolutional head, the positions add connections and no parameters', () => {
    expect(sentence('paper', 36, 36)).toBe(
      'C5 is now 120@2x2: C5 is a convolution, so wherever its input is larger than its kernel it has more than one position. F6 and Output run at each of its 4 positions with the same weights: the positions add connections, not parameters.',
    );
  });

  it('at 36x36 with the flatten head, F6 grows', () => {
    expect(sentence('modern', 36, 36)).toContain('F6 alone has 40,404 parameters');
  });

  it("after S4 is removed, names the edited network's own parameter count, not a claim that they stayed", () => {
    const withoutS4 = removeLayer(preset('paper'), 4);
    const text = describeChange(analysisOf(withoutS4, { height: 32, width: 32 }));
    // Hand count: C5 reads C3's 16 maps of 10x10, so 6x6 positions; C5 has 120 x (16 x 25 + 1) = 48,120 weights.
    expect(text).toContain('each of its 36 positions');
    expect(text).not.toContain('stay');
  });

  it('after Output is removed and a flattening layer added, names the layers that are there and what the flattening one costs', () => {
    const edited = addLayer(removeLayer(removeLayer(preset('paper'), 4), 6), 5, 'full');
    const text = describeChange(analysisOf(edited, { height: 32, width: 32 }));
    expect(text).not.toContain('Output');
    // Hand count: the new layer takes F6's width, 84 units, each reading F6's 84 values at each of C5's 6x6 positions.
    expect(text).toContain(
      `reads all 36 positions at once, flattened, so F7 alone has ${formatCount(84 * (84 * 36 + 1))} parameters`,
    );
  });

  it('writes a large number of positions with a thousands separator', () => {
    expect(sentence('paper', 512, 512)).toContain('each of its 14,641 positions');
  });

  it('names the rows an odd size throws away', () => {
    expect(sentence('paper', 33, 32)).toContain("S2 leaves its input's row 28 unused");
  });
});
