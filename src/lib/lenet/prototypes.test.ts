import { describe, expect, it } from 'vitest';
import { preset } from './lenet5.ts';
import { PROTOTYPE_SIZE, PROTOTYPES } from './prototypes.ts';

const distance = (a: readonly number[], b: readonly number[]) =>
  a.reduce((sum, value, i) => sum + (value - b[i]!) ** 2, 0);

describe('the RBF prototypes', () => {
  it("are ten 7x12 bitmaps of +1 and -1, matching the spec's prototype size", () => {
    const output = preset('paper').layers.at(-1)!;
    expect(output.kind === 'output' && output.classifier.type === 'rbf' && output.classifier.prototype).toEqual(
      PROTOTYPE_SIZE,
    );
    expect(PROTOTYPES).toHaveLength(10);
    for (const prototype of PROTOTYPES) {
      expect(prototype).toHaveLength(PROTOTYPE_SIZE.height * PROTOTYPE_SIZE.width);
      expect(prototype.every((value) => value === 1 || value === -1)).toBe(true);
    }
  });

  it('are far enough apart that no two digits are confused (at least 10 pixels apart)', () => {
    for (let a = 0; a < 10; a++) {
      for (let b = a + 1; b < 10; b++) expect(distance(PROTOTYPES[a]!, PROTOTYPES[b]!)).toBeGreaterThanOrEqual(40);
    }
  });
});
