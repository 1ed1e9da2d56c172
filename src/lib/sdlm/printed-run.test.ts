import { describe, expect, it } from 'vitest';
import { BUILT_PRESETS } from '../lenet/networks/registry.ts';
import { LENET5_PLACEMENT } from '../mnist/placement.ts';
import { realMnist } from '../model/test-support.ts';
import { sdlmNetwork } from './network.ts';
import { printedRun, SATURATED_DIGITS, type PrintedEvent } from './printed-run.ts';
import { PAPER_RECIPE } from './recipe.ts';

const paper = BUILT_PRESETS.find((built) => built.preset === 'paper')!;
const network = sdlmNetwork(paper.network, paper.input);
const train = realMnist('train', 1000);

function run(etaScale: number) {
  const events: PrintedEvent[] = [];
  const generator = printedRun(network, { ...PAPER_RECIPE, etaScale, seed: 1 }, train, LENET5_PLACEMENT);
  for (;;) {
    const next = generator.next();
    if (next.done) return { events, outcome: next.value };
    events.push(next.value);
  }
}

describe('printedRun', () => {
  it('with eta as printed saturates F6 and is called diverged within a few dozen digits', () => {
    const { events, outcome } = run(1);
    const steps = events[0]!;
    if (steps.type !== 'steps') throw new Error('the steps come first');
    expect(steps.cap).toBeCloseTo(0.0005 / 0.02, 12);
    // C1 and S2: curvature far below mu, so every step is the cap.
    expect(steps.layers.find((layer) => layer.name === 'C1')!.atCap).toBe(1);
    expect(outcome.divergedAfter).toBeLessThan(40);
    const digits = events.filter((event) => event.type === 'digit');
    expect(digits).toHaveLength(outcome.digits);
    expect(digits.slice(-SATURATED_DIGITS).every((digit) => digit.saturated >= 0.9)).toBe(true);
    expect(digits[0]!.saturated).toBe(0);
  }, 60_000);

  it('with eta scaled by 0.1 keeps F6 unsaturated and runs to its end', () => {
    const { events, outcome } = run(0.1);
    expect(outcome.divergedAfter).toBeUndefined();
    const digits = events.filter((event) => event.type === 'digit');
    expect(Math.max(...digits.map((digit) => digit.saturated))).toBeLessThan(0.5);
  }, 120_000);
});
