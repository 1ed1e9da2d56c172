import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_SIDE } from './input-size.ts';
import { SWITCH_VALUES, VARIANTS } from './switches.ts';
import { TABLE_ONE } from './table-one.ts';
import {
  DEFAULT_STATE,
  optionsOf,
  parseExplorerState,
  serializeExplorerState,
  switchesOf,
  type ExplorerState,
} from './url-state.ts';

const parse = (query: string) => parseExplorerState(new URLSearchParams(query));

describe('parseExplorerState reads the explorer URL', () => {
  it('an empty query gives the paper preset at 32x32', () => {
    expect(parse('')).toEqual({ state: DEFAULT_STATE, problems: [] });
  });

  it.each([
    ['input=36', { input: { height: 36, width: 36 } }],
    ['input=36x40', { input: { height: 36, width: 40 } }],
    ['variant=modern', { variant: 'modern' }],
    ['variant=modern&c3=sparse', { variant: 'modern', overrides: { c3: 'sparse' } }],
    ['head=flatten&output=softmax', { overrides: { head: 'flatten', output: 'softmax' } }],
    ['c3=', {}],
  ])('%j sets %j', (query, expected) => {
    const { state, problems } = parse(query);
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_STATE, ...expected });
  });

  it("switches override the variant's preset one by one", () => {
    const { state } = parse('variant=modern&subsampling=trainable');
    expect(switchesOf(state)).toEqual({ c3: 'full', subsampling: 'trainable', output: 'softmax', head: 'flatten' });
  });
});

describe('parseExplorerState reports each bad parameter and keeps the good ones', () => {
  it.each([
    ['variant=lenet', 'variant', '"lenet" is not a value of variant; use "paper" or "modern".'],
    ['c3=half', 'c3', '"half" is not a value of c3; use "sparse" or "full".'],
    ['subsampling=max', 'subsampling', 'use "trainable" or "average".'],
    ['output=sigmoid', 'output', 'use "rbf" or "softmax".'],
    ['head=dense', 'head', 'use "convolutional" or "flatten".'],
    ['input=big', 'input', '"big" is not an input size.'],
    ['input=0', 'input', 'The height must be at least 1 pixel, not 0.'],
  ])('%j is refused: %s', (query, parameter, message) => {
    const { state, problems } = parse(query);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.parameter).toBe(parameter);
    expect(problems[0]!.message).toContain(message);
    expect(state.variant).toBe('paper');
  });

  it('a custom C3 table round-trips through the URL and reaches the builder', () => {
    const table = TABLE_ONE.map((row) => [...row]);
    table[3]![0] = true;
    const query = serializeExplorerState({ ...DEFAULT_STATE, c3Table: table });
    const { state, problems } = parse(query);
    expect(problems).toEqual([]);
    expect(optionsOf(state).c3Table).toEqual(table);
  });

  it("a malformed C3 table is reported and the preset's table kept", () => {
    const { state, problems } = parse('c3table=zz');
    expect(problems[0]!.parameter).toBe('c3table');
    expect(problems[0]!.message).toContain("Showing the preset's C3 connections instead.");
    expect(state.c3Table).toBeUndefined();
  });

  it('a bad switch does not lose a good input size', () => {
    const { state, problems } = parse('input=40&c3=half');
    expect(state.input).toEqual({ height: 40, width: 40 });
    expect(problems.map((problem) => problem.parameter)).toEqual(['c3']);
  });
});

describe('serializeExplorerState', () => {
  it('leaves defaults out of the URL', () => {
    expect(serializeExplorerState(DEFAULT_STATE)).toBe('');
    expect(serializeExplorerState({ ...DEFAULT_STATE, overrides: { c3: 'sparse' } })).toBe('');
  });

  it('writes a square as one number and a rectangle as HxW', () => {
    expect(serializeExplorerState({ ...DEFAULT_STATE, input: { height: 36, width: 36 } })).toBe('input=36');
    expect(serializeExplorerState({ ...DEFAULT_STATE, input: { height: 36, width: 40 } })).toBe('input=36x40');
  });

  it('round-trips through parseExplorerState to the same switches', () => {
    const side = fc.integer({ min: 1, max: MAX_INPUT_SIDE });
    const maybe = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    const state = fc.record({
      input: fc.record({ height: side, width: side }),
      variant: fc.constantFrom(...VARIANTS),
      overrides: fc.record(
        {
          c3: maybe(SWITCH_VALUES.c3),
          subsampling: maybe(SWITCH_VALUES.subsampling),
          output: maybe(SWITCH_VALUES.output),
          head: maybe(SWITCH_VALUES.head),
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(state, (original) => {
        // JSON drops the keys fast-check left undefined, as a URL would.
        const clean = JSON.parse(JSON.stringify(original)) as ExplorerState;
        const back = parse(serializeExplorerState(clean));
        expect(back.problems).toEqual([]);
        expect(back.state.input).toEqual(clean.input);
        expect(back.state.variant).toBe(clean.variant);
        expect(switchesOf(back.state)).toEqual(switchesOf(clean));
      }),
      { seed: 1998, numRuns: 300 },
    );
  });
});
