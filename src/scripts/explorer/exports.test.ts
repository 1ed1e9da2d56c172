// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { preset, type NetworkSpec } from '../../lib/lenet/index.ts';
import { analysisOf } from '../../lib/lenet/test-support.ts';
import { showCode } from './exports.ts';

const paper = preset('paper');
const turnedPrototypes: NetworkSpec = {
  ...paper,
  layers: [
    paper.layers[0],
    ...paper.layers.slice(1, -1),
    {
      kind: 'output',
      name: 'Output',
      units: 10,
      scope: 'position',
      classifier: { type: 'rbf', prototype: { height: 7, width: 12 } },
      activation: 'identity',
    },
  ],
};

describe('showCode(container, analysis)', () => {
  it('writes no code for a network the writers cannot express, and says which layer and why', () => {
    const container = document.createElement('div');
    showCode(container, analysisOf(turnedPrototypes, { height: 32, width: 32 }));
    const problem = container.querySelector('.code-problem')!;
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toContain('Output: RBF prototypes exist only as 7-wide, 12-high bitmaps; got 12x7.');
    expect(container.textContent).not.toContain('nn.Sequential');
    for (const block of container.querySelectorAll('details')) expect((block as HTMLElement).hidden).toBe(true);
  });

  it('shows the code again, and no alert, once the network can be written', () => {
    const container = document.createElement('div');
    showCode(container, analysisOf(turnedPrototypes, { height: 32, width: 32 }));
    showCode(container, analysisOf(paper, { height: 32, width: 32 }));
    expect(container.querySelector('.code-problem')!.hasAttribute('role')).toBe(false);
    expect(container.querySelectorAll('details:not([hidden])')).toHaveLength(3);
  });
});
