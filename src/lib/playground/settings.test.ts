import { describe, expect, it } from 'vitest';
import { encodeC3Table, encodeNetwork, lenet5, LENET1, PRESETS, TABLE_ONE } from '../lenet/index.ts';
import {
  linkedNetwork,
  MAX_TRAINING_MACS,
  PRESET_NETWORKS,
  whyNotTrainable,
  type TrainingNetwork,
} from './networks.ts';
import {
  DEFAULT_FIELDS,
  parseSettings,
  PLAYGROUND_RECIPE,
  PLAYGROUND_RECIPES,
  quickTestInterval,
  recipeNetwork,
  TRAINING_SHIFT,
  type SettingsFields,
} from './settings.ts';

import { SITE_DISTORTIONS } from '../mnist/distortion-ranges.ts';

const PATHS = { wasmPath: '/wasm/', dataPath: '/data/' };
const parse = (changes: Partial<SettingsFields>, networks: readonly TrainingNetwork[] = PRESET_NETWORKS) =>
  parseSettings({ ...DEFAULT_FIELDS, ...changes }, PATHS, networks);
const linked = (query: string) => linkedNetwork(new URLSearchParams(query));

describe('recipeNetwork', () => {
  it("starts Adam from the defaults' network and the paper's recipes from the paper's LeNet-5", () => {
    expect(recipeNetwork('adam')).toBe(DEFAULT_FIELDS.network);
    expect(recipeNetwork('paper')).toBe('paper');
    expect(recipeNetwork('printed')).toBe('paper');
    expect(recipeNetwork('sgd')).toBe(DEFAULT_FIELDS.network);
  });

  it.each(PLAYGROUND_RECIPES)('the %s recipe can train the network it starts from', (recipe) => {
    expect(parse({ recipe, network: recipeNetwork(recipe) }).ok).toBe(true);
  });
});

describe('parseSettings', () => {
  it('turns the default fields into cosine-scheduled settings for the worker', () => {
    const result = parse({});
    if (!result.ok) throw new Error(result.messages.join(' '));
    expect(result.settings).toMatchObject({
      network: lenet5(PRESETS.modern),
      placement: { input: { height: 32, width: 32 }, digitBox: 20 },
      epochs: Number(DEFAULT_FIELDS.epochs),
      batchSize: Number(DEFAULT_FIELDS.batchSize),
      learningRate: Number(DEFAULT_FIELDS.learningRate),
      schedule: 'cosine',
      maxShift: TRAINING_SHIFT,
      // The recipe's fixed parts (issue 27): no warm-up, tests read the weights' moving average.
      warmupSteps: 0,
      averageDecay: 0.99,
      ...PATHS,
    });
  });

  it('trains LeNet-1 at its own 28x28 input, with the digit in a 16-pixel box', () => {
    const result = parse({ network: 'lenet1' });
    expect(result.ok && result.settings).toMatchObject({
      network: LENET1,
      placement: { input: { height: 28, width: 28 }, digitBox: 16 },
    });
  });

  it("carries an explorer link's network, the C3 table of an old link included", () => {
    const table = TABLE_ONE.map((row) => row.map((link, index) => (index === 0 ? !link : link)));
    const hex = linked(`variant=paper&c3table=${encodeC3Table(table)}`);
    expect(hex.linked?.key).toBe('link');
    const result = parse({ network: 'link' }, [...PRESET_NETWORKS, hex.linked!]);
    expect(result.ok && result.settings.network.layers[3]).toMatchObject({
      connections: { type: 'table', matrix: table },
    });
  });

  it.each([
    [{ network: 'lenet7' }, 'Network must be one of "paper", "modern", "lenet1", "lenet5-tutorial"; got "lenet7".'],
    [{ epochs: '' }, 'Epochs is empty: give a number from 0.1 to 20.'],
    [{ epochs: '0' }, 'Epochs must be a number from 0.1 to 20; got "0".'],
    [{ epochs: '21' }, 'Epochs must be a number from 0.1 to 20; got "21".'],
    [{ epochs: '0.' }, 'Epochs must be a number from 0.1 to 20; got "0.".'],
    [{ epochs: 'NaN' }, 'Epochs must be a number from 0.1 to 20; "NaN" is not a number.'],
    [{ epochs: 'Infinity' }, 'Epochs must be a number from 0.1 to 20; "Infinity" is not a number.'],
    [{ batchSize: '7' }, 'Batch size must be a whole number from 8 to 512; got "7".'],
    [{ batchSize: '64.5' }, 'Batch size must be a whole number from 8 to 512; got "64.5".'],
    [{ batchSize: '1e3' }, 'Batch size must be a whole number from 8 to 512; got "1e3".'],
    [{ learningRate: '-0.001' }, 'Learning rate must be a number from 0.00001 to 0.1; got "-0.001".'],
    [{ learningRate: '1' }, 'Learning rate must be a number from 0.00001 to 0.1; got "1".'],
    [{ learningRate: 'fast' }, 'Learning rate must be a number from 0.00001 to 0.1; "fast" is not a number.'],
  ])('parseSettings(%j) refuses with %j', (changes, message) => {
    const result = parse(changes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.messages.join(' ')).toContain(message);
  });

  it('trains the paper preset by the paper recipe for its passes, whatever the Adam fields hold', () => {
    const result = parse({ network: 'paper', recipe: 'paper', epochs: 'x', learningRate: '' });
    if (!result.ok) throw new Error(result.messages.join(' '));
    expect(result.settings).toMatchObject({
      network: lenet5(PRESETS.paper),
      epochs: PLAYGROUND_RECIPE.passes,
      recipe: PLAYGROUND_RECIPE,
    });
    expect(result.settings.label).toMatch(/by the paper's recipe$/);
  });

  it.each([
    [{ recipe: 'sgd' }, 'Recipe must be one of "adam", "paper", "printed"; got "sgd".'],
    [
      { recipe: 'paper', network: 'modern' },
      "cannot be trained by the paper's recipe. The paper's recipe trains networks made as the paper's LeNet-5 is;",
    ],
    [{ recipe: 'paper', network: 'lenet1' }, 'Choose LeNet-5 as in the paper, or use Adam.'],
  ])('parseSettings(%j) refuses the recipe with %j', (changes, message) => {
    const result = parse(changes);
    expect(!result.ok && result.messages.join(' ')).toContain(message);
  });

  it('with distort on, trains on the distorted set within the site ranges and without shifts', () => {
    const result = parse({ distort: 'on' });
    if (!result.ok) throw new Error(result.messages.join(' '));
    expect(result.settings.distort).toEqual(SITE_DISTORTIONS);
    expect(result.settings.maxShift).toBe(0);
    const plain = parse({ distort: 'off' });
    expect(plain.ok && plain.settings.distort).toBeUndefined();
  });

  it('with the printed recipe runs one pass of the paper preset with eta exactly as printed', () => {
    const result = parse({ network: 'paper', recipe: 'printed' });
    if (!result.ok) throw new Error(result.messages.join(' '));
    expect(result.settings.printed).toBe(true);
    expect(result.settings.recipe).toMatchObject({ etaScale: 1, passes: 1, mu: PLAYGROUND_RECIPE.mu });
    expect(parse({ network: 'modern', recipe: 'printed' }).ok).toBe(false);
  });

  it('refuses a distort value other than on or off, saying which it takes', () => {
    const result = parse({ distort: 'yes' });
    expect(!result.ok && result.messages.join(' ')).toContain('Distort must be "on" or "off"; got "yes"');
  });

  it('reports every bad field at once', () => {
    const result = parse({ epochs: 'x', batchSize: '0', learningRate: '' });
    expect(!result.ok && result.messages).toHaveLength(3);
  });
});

describe('linkedNetwork(params) reads the network of an explorer link', () => {
  it.each([
    ['', undefined],
    ['seed=4', undefined],
    ['variant=paper', 'paper'],
    ['variant=modern', 'modern'],
    ['network=lenet1', 'lenet1'],
    ['network=lenet5-tutorial', 'lenet5-tutorial'],
  ])('%j selects the preset %s', (query, preset) => {
    expect(linked(query).preset).toBe(preset);
  });

  it('an edited network or another input size becomes the "link" network, at the link\u2019s size', () => {
    expect(linked('input=36').linked?.placement.input).toEqual({ height: 36, width: 36 });
    expect(linked('network=lenet1&net=' + encodeNetwork(LENET1)).linked?.network.layers).toEqual(LENET1.layers);
  });

  it('reports a bad parameter of the link', () => {
    expect(linked('variant=paper&variant=modern').problems[0]?.message).toContain('given 2 times');
  });
});

describe('whyNotTrainable(network)', () => {
  const at = (query: string) => linked(query).linked!;
  it.each([
    ['input=64', 'Its output has 9x9 positions'],
    ['input=28', 'It cannot be computed'],
    ['input=150&head=flatten', `at most ${MAX_TRAINING_MACS.toLocaleString('en-US')}`],
  ])('%j: %s', (query, message) => {
    expect(whyNotTrainable(at(query))).toContain(message);
  });

  it('accepts every preset of the registry', () => {
    for (const choice of PRESET_NETWORKS) expect(whyNotTrainable(choice)).toBeUndefined();
  });
});

describe('quickTestInterval', () => {
  it.each([
    { epochs: 0.2, batchSize: 48, digits: 3_200 },
    { epochs: 1, batchSize: 32, digits: 6_000 },
    { epochs: 2.5, batchSize: 48, digits: 12_800 },
    { epochs: 20, batchSize: 512, digits: 12_800 },
  ])('quickTestInterval($epochs, $batchSize) tests every $digits digits or so', ({ epochs, batchSize, digits }) => {
    const interval = quickTestInterval(epochs, batchSize);
    expect(Math.abs(interval * batchSize - digits)).toBeLessThanOrEqual(batchSize / 2);
  });

  it('gives a short run several tests before its end', () => {
    const batches = (0.2 * 60_000) / 48;
    expect(batches / quickTestInterval(0.2, 48)).toBeGreaterThanOrEqual(3);
  });
});
