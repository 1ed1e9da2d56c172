import { describe, expect, it } from 'vitest';
import { PROTOTYPES } from '../../lib/lenet/prototypes.ts';
import { f6Panel, nearestPrototype } from './f6-panel.ts';

/** Prototype `digit` with every unit moved by up to `noise` (a fixed pattern), as a trained F6 might give. */
const nearly = (digit: number, noise: number) =>
  Float32Array.from(PROTOTYPES[digit]!, (value, unit) => value + noise * Math.sin(unit * 7.3));

describe('f6Panel', () => {
  it.each([0, 3, 7, 9])('for the RBF network shows the prototype F6 is nearest, %i', (digit) => {
    const panel = f6Panel({ classifier: 'rbf', f6: nearly(digit, 0.4) });
    expect(panel?.kind).toBe('prototype');
    expect(panel?.digit).toBe(digit);
    expect(panel?.caption).toBe(`The closest prototype: ${digit}`);
  });

  // The report: a 7 read by the modern port, whose F6 lay nearest prototype 1, was shown beside that prototype.
  it('for a softmax network shows the logits, never a prototype, even when F6 lies nearest another digit', () => {
    const f6 = nearly(1, 0.1);
    expect(nearestPrototype(f6)).toBe(1);
    const logits = [-2, 0.5, 1, -1, 0, 0.25, -3, 6.5, 2, 1.5];
    const panel = f6Panel({ classifier: 'softmax', f6, logits });
    expect(panel?.kind).toBe('logits');
    expect(panel?.digit).toBe(7);
    expect(panel?.kind === 'logits' && Array.from(panel.logits)).toEqual(logits);
    expect(`${panel?.caption} ${panel?.note}`).not.toMatch(/closest prototype|nearest prototype/i);
    expect(panel?.note).toContain('the answer, 7.');
  });

  it('shows nothing it cannot back: no logits from a softmax network, an RBF F6 of another size', () => {
    expect(f6Panel({ classifier: 'softmax', f6: nearly(1, 0) })).toBeUndefined();
    expect(f6Panel({ classifier: 'rbf', f6: new Float32Array(40) })).toBeUndefined();
  });
});
