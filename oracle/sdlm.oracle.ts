/**
 * The paper's training recipe checked by an outside oracle: oracle/sdlm_oracle.py, the
 * stochastic diagonal Levenberg-Marquardt method in float64 PyTorch written from the paper
 * (Section II-B, Eq. 9, Section III-B, Appendices A and C), not from src/lib/sdlm.
 *
 * First the oracle's own derivatives, against torch.autograd and finite differences. Then the
 * site's runners, both double precision (the TypeScript `SdlmRunner` and the WebAssembly
 * `WasmSdlmRunner` that `npm run train` uses), run the paper's first pass on real MNIST digits
 * from the recipe's own initial weights and digit order; the oracle does the same from the same
 * weights and digits, and h_kk, the step sizes and the weights after 1, 10 and 50 updates must
 * agree within 1e-9, each measured per tensor (one layer's weights, or its biases) as
 * max |oracle - site| / max |site|.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sdlmBinary } from '../scripts/support/lane-binaries.ts';
import { realMnist } from '../src/lib/model/test-support.ts';
import { PAPER_RECIPE, SdlmRunner } from '../src/lib/sdlm/index.ts';
import { WasmSdlmRunner } from '../src/lib/sdlm/wasm-runner.ts';
import { scratch } from './python.ts';
import { runSdlmOracle, siteTrace, writeJob, type Gaps, type SdlmOracleResult } from './sdlm-trace.ts';

const RECORD = [1, 10, 50];
const BOUND = 1e-9;
/** The recorded run's recipe (public/models/paper-sdlm, and the playground's): the paper's eta times 0.1. */
const RECORDED = { ...PAPER_RECIPE, etaScale: 0.1 };
/**
 * At the paper's printed eta (0.0005, `npm run train`'s default) the site's run diverges within 2,000 patterns
 * (public/models/paper-sdlm lists it), and its first 50 updates already amplify rounding: the site's own two
 * runners end 2.8e-10 apart, the oracle 3e-10 to 5e-10 from either, so 1e-9 holds there by a factor of two only.
 * At the recorded run's eta every gap stays near 1e-14.
 */
const RUNS = [
  { name: 'TypeScript float64 (SdlmRunner), eta x 0.1 as the recorded run', recipe: RECORDED, wasm: false },
  { name: 'WebAssembly float64 (WasmSdlmRunner), eta x 0.1 as the recorded run', recipe: RECORDED, wasm: true },
  { name: 'TypeScript float64 (SdlmRunner), the paper’s eta', recipe: PAPER_RECIPE, wasm: false },
  { name: 'WebAssembly float64 (WasmSdlmRunner), the paper’s eta', recipe: PAPER_RECIPE, wasm: true },
];

let result: SdlmOracleResult;

beforeAll(async () => {
  const module = await WebAssembly.compile(await sdlmBinary());
  const train = realMnist('train');
  const traces = RUNS.map(({ name, recipe, wasm }) =>
    siteTrace(
      name,
      (network, settings) => (wasm ? new WasmSdlmRunner(network, settings, module) : new SdlmRunner(network, settings)),
      recipe,
      train,
      RECORD,
    ),
  );
  const folder = scratch();
  result = runSdlmOracle(writeJob(folder, train, traces), folder);
  console.info(summary(result));
});

/** One line per measurement: the largest relative differences, for the log. */
function summary({ torch, checks, runners, betweenRunners }: SdlmOracleResult): string {
  const e = (value: number) => value.toExponential(1);
  const lines = [`SDLM oracle, torch ${torch}; its checks: ${JSON.stringify(checks)}`];
  for (const run of runners) {
    const after = Object.entries(run.after)
      .map(([n, gaps]) => `after ${n}: ${e(gaps.parameters.worst)} (change ${e(gaps.change.worst)})`)
      .join(', ');
    lines.push(
      `${run.name}, eta ${run.eta}: h_kk ${e(run.hessian.worst)}, steps ${e(run.steps.worst)}, losses ${e(run.losses)}, weights ${after}`,
    );
  }
  for (const pair of betweenRunners)
    lines.push(
      `${pair.runners.join(' vs ')}: weights after ${pair.updates}: ${e(pair.parameters)} (change ${e(pair.change)})`,
    );
  return lines.join('\n');
}

describe('the oracle, against torch.autograd and finite differences', () => {
  it('its back-propagated gradient (Eq. 19) is autograd’s, on a small LeNet and on LeNet-5 with real digits', () => {
    expect(result.checks['gradient vs autograd']).toBeLessThan(1e-12);
    expect(result.checks['gradient vs autograd on LeNet-5, real digits']).toBeLessThan(1e-12);
  });

  it('its first and second derivatives of Eq. 9 at F6 are autograd’s gradient and Hessian diagonal', () => {
    const { gradient, curvature } = result.checks['F6 loss derivatives vs autograd'];
    expect(gradient).toBeLessThan(1e-12);
    expect(curvature).toBeLessThan(1e-12);
  });

  it('each step of its recursion (Eqs. 23, 25, 27) is a Gauss-Newton diagonal built from autograd Jacobians', () => {
    for (const gaps of [
      result.checks['layer recursion vs autograd Jacobians'],
      result.checks['layer recursion vs autograd Jacobians, subsampling as one window sum'],
    ])
      for (const [what, gap] of Object.entries(gaps)) expect(gap, what).toBeLessThan(1e-12);
  });

  it('where the diagonal recursion is exact, it gives the Hessian (Eq. 26) and the Gauss-Newton diagonal (Eq. 27)', () => {
    const tree = result.checks['tree network'];
    expect(tree['eq26 vs autograd Hessian']).toBeLessThan(1e-12);
    // Central differences of the gradient with a step of 1e-5: truncation and rounding, about 1e-9.
    expect(tree['eq26 vs finite differences']).toBeLessThan(1e-7);
    expect(tree['eq27 vs autograd Gauss-Newton']).toBeLessThan(1e-12);
    // And Gauss-Newton does drop something: the f'' terms are not small here.
    expect(tree['eq27 vs eq26 (what Gauss-Newton drops)']).toBeGreaterThan(1e-3);
  });
});

const within = (gaps: Gaps, what: string) => {
  for (const [tensor, gap] of Object.entries(gaps.tensors)) expect(gap, `${what}, ${tensor}`).toBeLessThan(BOUND);
};

describe.each(RUNS.map(({ name }, index) => [name, index] as const))(
  'the site’s %s, against the oracle',
  (_, index) => {
    const runner = () => result.runners[index]!;

    it('reads the same digits in the same order, scaled to the paper’s levels, with C3 as Table I and eta, mu as Section III-B', () => {
      expect(runner().inputs).toBe(0);
      expect(runner().labels).toBe(true);
      expect(runner().c3MatchesTableI).toBe(true);
      expect(runner().scheduleMatches).toBe(true);
    });

    it('starts every weight within Appendix A’s +-2.4 / F (F counting the bias)', () => {
      for (const [tensor, ratio] of Object.entries(runner().initialRange)) {
        expect(ratio, tensor).toBeLessThanOrEqual(1);
        expect(ratio, tensor).toBeGreaterThan(0.5);
      }
    });

    it('estimates the same h_kk on 500 digits and takes the same step sizes eta / (mu + h_kk)', () => {
      within(runner().hessian, 'h_kk');
      within(runner().steps, 'step sizes');
    });

    it('gives the same losses and the same weights after 1, 10 and 50 updates', () => {
      expect(runner().losses).toBeLessThan(BOUND);
      for (const n of RECORD.map(String)) {
        within(runner().after[n]!.parameters, `weights after ${n} updates`);
        within(runner().after[n]!.change, `change in the weights after ${n} updates`);
      }
    });
  },
);
