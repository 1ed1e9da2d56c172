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
  specOf,
  switchesOf,
  type ExplorerState,
} from './url-state.ts';
import { lenet5 } from './lenet5.ts';
import { encodeNetwork } from './network-code.ts';
import { LENET1 } from './networks/lenet1.ts';
import { PRESETS } from './switches.ts';

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
      network: fc.constant('lenet5' as const),
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

describe('addresses shared before the network registry open the same network', () => {
  it.each([
    ['', lenet5(PRESETS.paper), 32],
    ['variant=paper', lenet5(PRESETS.paper), 32],
    ['variant=modern&input=36', lenet5(PRESETS.modern), 36],
    ['input=36&c3=full', lenet5({ ...PRESETS.paper, c3: 'full' }), 36],
    [
      'c3table=' + '0'.repeat(23) + '1',
      lenet5({ ...PRESETS.paper, c3Table: TABLE_ONE.map((row, i) => row.map((_, o) => i === 5 && o === 15)) }),
      32,
    ],
  ])('%j', (query, network, side) => {
    const { state, problems } = parse(query);
    expect(problems).toEqual([]);
    expect(specOf(state)).toEqual(network);
    expect(state.input).toEqual({ height: side, width: side });
  });
});

describe('parseExplorerState reads a registry network and an edited one', () => {
  it('network=lenet1 opens LeNet-1 at its own 28x28', () => {
    const { state, problems } = parse('network=lenet1');
    expect(problems).toEqual([]);
    expect(specOf(state)).toEqual(LENET1);
    expect(state.input).toEqual({ height: 28, width: 28 });
  });

  it('an edited network round-trips through the address, with the network it started from', () => {
    const edited = { ...LENET1, name: 'LeNet-1 (1989), edited' };
    const state: ExplorerState = {
      ...DEFAULT_STATE,
      network: 'lenet1',
      input: { height: 30, width: 28 },
      custom: edited,
    };
    const back = parse(serializeExplorerState(state));
    expect(back.problems).toEqual([]);
    expect(back.state.network).toBe('lenet1');
    expect(back.state.input).toEqual({ height: 30, width: 28 });
    expect(back.state.custom?.layers).toEqual(edited.layers);
  });

  it('leaves LeNet-1 at 28x28 out of the address but names the network', () => {
    expect(serializeExplorerState({ ...DEFAULT_STATE, network: 'lenet1', input: { height: 28, width: 28 } })).toBe(
      'network=lenet1',
    );
  });
});

describe('parseExplorerState reports conflicting, duplicated and unknown parameters', () => {
  it.each([
    [
      'variant=paper&variant=modern',
      'variant',
      'variant is given 2 times ("paper", "modern"); an address gives it once. Using the first.',
    ],
    ['input=32&c3=full&c3=sparse', 'c3', 'c3 is given 2 times'],
    ['network=lenet7', 'network', '"lenet7" is not a value of network; use "lenet5" or "lenet1" or "lenet5-tutorial".'],
    [
      'network=lenet1&variant=modern',
      'variant',
      "variant is ignored: it sets LeNet-5's switches, and LeNet-1 (1989) has none",
    ],
    ['net=' + encodeNetwork(LENET1) + '&c3=full', 'c3', 'c3 is ignored: net= holds the whole network'],
    ['net=Input.in1_C1.conv6.ast', 'net', 'the kernel ("k…") is missing'],
    ['colour=red', 'colour', '"colour" is not a setting of the explorer'],
    ['input=' + '9'.repeat(400), 'input', 'far too large'],
  ])('%s', (query, parameter, message) => {
    const { problems } = parse(query);
    expect(problems.map((problem) => problem.parameter)).toContain(parameter);
    expect(problems.map((problem) => problem.message).join(' ')).toContain(message);
  });

  it('uses the first of two variants, as it says', () => {
    expect(parse('variant=modern&variant=paper').state.variant).toBe('modern');
  });
});
