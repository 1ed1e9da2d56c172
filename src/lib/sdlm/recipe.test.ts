import { describe, expect, it } from 'vitest';
import { BUILT_PRESETS } from '../lenet/networks/registry.ts';
import { subset } from '../mnist/dataset.ts';
import { LENET5_PLACEMENT } from '../mnist/placement.ts';
import { realMnist } from '../model/test-support.ts';
import { sdlmNetwork } from './network.ts';
import { PAPER_RECIPE, parsePaperRecipe, parseRecipe } from './recipe.ts';
import { collapseOf, paperRecipeSteps, runPaperRecipe, TICK, type RecipeEvent } from './run.ts';

describe('parseRecipe and parsePaperRecipe', () => {
  it('takes the paper’s own settings when given nothing: 20 passes, 500 Hessian patterns, mu 0.02, all 60,000 digits', () => {
    const parsed = parsePaperRecipe({});
    expect(parsed).toEqual({ ok: true, value: PAPER_RECIPE });
    expect([PAPER_RECIPE.passes, PAPER_RECIPE.hessianPatterns, PAPER_RECIPE.mu, PAPER_RECIPE.patterns]).toEqual([
      20, 500, 0.02, 60_000,
    ]);
  });

  it.each([
    [{ passes: '0' }, '--passes must be a whole number from 1 to 40; got "0".'],
    [{ passes: '2.5' }, '--passes must be a whole number from 1 to 40; got "2.5".'],
    [{ mu: '-1' }, '--mu must be a number from 0.000001 to 10; got "-1".'],
    [{ etaScale: 'fast' }, '--eta-scale must be a number from 0.001 to 10; got "fast".'],
    [{ hessianPatterns: '5' }, '--hessian-patterns must be a whole number from 10 to 60000; got "5".'],
    [{ patterns: '' }, '--patterns must be a whole number from 100 to 60000; got "".'],
    [{ j: 'NaN' }, '--j must be a number from 0 to 1000; got "NaN".'],
  ])('refuses %j: %s', (texts, message) => {
    expect(parsePaperRecipe(texts)).toEqual({ ok: false, messages: [message] });
  });

  it('reports every bad value at once', () => {
    const parsed = parsePaperRecipe({ passes: '100', mu: '0' });
    expect(parsed.ok ? [] : parsed.messages).toHaveLength(2);
  });

  it.each([
    [undefined, { ok: true, value: 'adam' }],
    ['paper', { ok: true, value: 'paper' }],
    ['sdlm', { ok: false, messages: ['--recipe must be one of adam, paper; got "sdlm".'] }],
  ])('parseRecipe(%j)', (text, result) => {
    expect(parseRecipe(text)).toEqual(result);
  });
});

describe('runPaperRecipe on 2,000 real training digits', () => {
  const paper = BUILT_PRESETS.find((entry) => entry.preset === 'paper')!;
  const network = sdlmNetwork(paper.network, paper.input);
  const train = realMnist('train', 2_000);
  const test = subset(realMnist('test', 200), 0, 200);
  const quick = { ...PAPER_RECIPE, passes: 1, patterns: 2_000, hessianPatterns: 50 };

  it('with a small enough eta, one pass takes the test error well below chance', () => {
    const result = runPaperRecipe({
      network,
      placement: LENET5_PLACEMENT,
      recipe: { ...quick, etaScale: 0.1 },
      train,
      test,
    });
    expect(result.diverged).toBeUndefined();
    expect(result.passes).toHaveLength(1);
    expect(result.passes[0]!.testError).toBeLessThan(0.5);
    expect(result.passes[0]!.eta).toBeCloseTo(0.00005, 10);
  }, 60_000);

  it('a run whose loss climbs above the untrained network’s stops and says so', () => {
    const result = runPaperRecipe({
      network,
      placement: LENET5_PLACEMENT,
      recipe: { ...quick, etaScale: 10 },
      train,
      test,
    });
    expect(result.diverged).toMatch(
      /^The run diverged \(pass 1, after 2,000 patterns\): the mean loss over the last 2,000 patterns is [\d.]+, above the untrained network's [\d.]+; it stopped\.$/,
    );
    expect(result.passes).toEqual([]);
  }, 60_000);
});

describe('paperRecipeSteps, step by step', () => {
  const paper = BUILT_PRESETS.find((entry) => entry.preset === 'paper')!;
  const network = sdlmNetwork(paper.network, paper.input);
  const train = realMnist('train', 600);
  const test = subset(realMnist('test', 100), 0, 100);
  const recipe = { ...PAPER_RECIPE, passes: 1, patterns: 600, hessianPatterns: 50, etaScale: 0.1 };

  it('ticks every 250 patterns and at the end of a pass, with means that make up the pass loss', () => {
    const { events } = paperRecipeSteps({ network, placement: LENET5_PLACEMENT, recipe, train, test });
    const seen: RecipeEvent[] = [];
    for (let next = events.next(); !next.done; next = events.next()) seen.push(next.value);
    const ticks = seen.filter((event) => event.type === 'tick');
    expect(ticks.map((tick) => tick.patterns)).toEqual([TICK, 2 * TICK, 600]);
    const pass = seen.at(-1)!;
    if (pass.type !== 'pass') throw new Error('The last event is not the pass.');
    const summed = ticks[0]!.meanLoss * TICK + ticks[1]!.meanLoss * TICK + ticks[2]!.meanLoss * (600 - 2 * TICK);
    expect(summed / 600).toBeCloseTo(pass.report.loss, 10);
    // The answers are the network's classes for the test digits; their mistakes are the reported error.
    const wrong = pass.answers.filter((answer, index) => answer !== test.labels[index]).length;
    expect(pass.answers).toHaveLength(test.count);
    expect(wrong / test.count).toBe(pass.report.testError);
  }, 60_000);
});

describe('collapseOf', () => {
  const pass = (number: number, testError: number) => ({
    pass: number,
    eta: 1e-4,
    smallestStep: 1e-6,
    largestStep: 1e-3,
    loss: 1,
    onlineError: testError,
    testError,
    seconds: 1,
  });
  it.each([
    ['a run that learned, then fell to chance, has collapsed', [pass(1, 0.0217), pass(2, 0.8865)], true],
    ['a run still learning has not', [pass(1, 0.08), pass(2, 0.037)], false],
    ['a run that never learned has not collapsed (the loss watch judges it)', [pass(1, 0.9), pass(2, 0.88)], false],
    ['a run whose last pass is better than chance has not', [pass(1, 0.02), pass(2, 0.4)], false],
  ])('%s', (_, passes, collapsed) => {
    const why = collapseOf(passes, 60_000);
    expect(why !== undefined).toBe(collapsed);
    if (why)
      expect(why).toMatch(
        /^The run collapsed \(pass 2, after 60,000 patterns\): its test error is 88\.65%, after 2\.17% at best/,
      );
  });
});
