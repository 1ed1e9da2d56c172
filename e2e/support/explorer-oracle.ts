import { expect } from 'vitest';
import {
  analyze,
  analyzeUntilFailure,
  countsFirst,
  describeChange,
  entryOf,
  formatCount,
  layerFields,
  layerTable,
  mapsPerLayer,
  parseExplorerState,
  serializeExplorerState,
  specOf,
  SWITCH_NAMES,
  type Analysis,
} from '../../src/lib/lenet/index.ts';
import { whyNotTrainable } from '../../src/lib/playground/networks.ts';
import { pretrainedFor } from '../../src/lib/weights/index.ts';
import type { ExplorerSnapshot } from './explorer-snapshot.ts';

const totalsText = (analysis: Analysis, upTo?: string) => {
  const { trainable, fixed, connections, macs, activations } = analysis.totals;
  const count = formatCount;
  return `${upTo ? `Up to ${upTo}: ` : ''}${count(trainable)} trainable parameters, ${count(fixed)} fixed, ${count(connections)} connections; ${count(macs)} multiply-adds and ${count(activations)} activations per digit.`;
};

const shapeLabel = ({ name, shape: { channels, height, width } }: Analysis['layers'][number]) =>
  height * width === 1 ? `${name}: ${channels}` : `${name}: ${channels}@${height}x${width}`;

/**
 * Requires every count, shape and sentence the explorer shows to describe the
 * network its address holds, as the calculator computes it from the address
 * alone. `drafts` lists the fields the reader is still typing in.
 */
export function expectShowsAddress(shown: ExplorerSnapshot, drafts: readonly string[] = [], context = ''): void {
  const { state, problems } = parseExplorerState(new URL(shown.url, 'http://x').searchParams);
  expect(problems, shown.url).toEqual([]);
  const network = specOf(state);
  const full = analyze(network, state.input);
  const partial = full.ok ? undefined : analyzeUntilFailure(network, state.input);
  const analysis = full.ok ? full.value : partial?.analysis;
  const failure = full.ok ? undefined : (partial?.error ?? full.error);
  const where = `${shown.url} ${context}`;
  expect(analysis, where).toBeDefined();
  const model = countsFirst(layerTable(analysis!, { receptive: true }));
  const rows = model.rows.map((row) => [row.name, ...row.cells]);
  expect(shown.table.rows, where).toEqual(
    failure ? [...rows, [failure.layer, `Cannot be computed: ${failure.message}`]] : rows,
  );
  expect(shown.table.total, where).toEqual([failure ? 'So far' : 'Total', ...model.total!.cells]);
  expect(shown.totals, where).toBe(totalsText(analysis!, failure ? analysis!.layers.at(-1)!.name : undefined));
  const size = `${state.input.height}x${state.input.width}`;
  if (failure) {
    expect(shown.sentence, where).toContain(`At ${size} the network stops at ${failure.layer}`);
    expect(shown.text.split(failure.message).length - 1, `${where}: the failure said once`).toBe(1);
  } else expect(shown.sentence, where).toBe(describeChange(analysis!));
  expect(shown.diagram, where).toEqual(analysis!.layers.map(shapeLabel));
  expect(shown.alertShown, where).toBe(false);
  expect(shown.text, where).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b/);

  for (const line of shown.matrixLines) {
    const [, to, parameters, connections, total] =
      /^(\S+): \d+ of \d+ links(?:, ([\d,]+) parameters, ([\d,]+) connections(?:; the network: ([\d,]+) trainable parameters)?)?/.exec(
        line,
      ) ?? [];
    const layer = analysis!.layers.find((candidate) => candidate.name === to);
    expect(parameters, `${where}: ${line}`).toBe(layer ? formatCount(layer.trainable) : undefined);
    expect(connections, `${where}: ${line}`).toBe(layer ? formatCount(layer.connections) : undefined);
    expect(total, `${where}: ${line}`).toBe(failure ? undefined : formatCount(analysis!.totals.trainable));
  }
  const lenet5Form = state.network === 'lenet5' && !state.custom;
  const tables = network.layers.filter((layer) => layer.kind === 'convolution' && layer.connections.type === 'table');
  expect(shown.matrixLines.length, where).toBe(lenet5Form ? 1 : tables.length);

  if (!drafts.includes('explorer-height')) expect(shown.sides.height, where).toBe(String(state.input.height));
  if (!drafts.includes('explorer-width')) expect(shown.sides.width, where).toBe(String(state.input.width));
  expect(
    shown.sides.invalid.filter((id) => !drafts.includes(id)),
    where,
  ).toEqual([]);
  expect(shown.selects['explorer-network'], where).toBe(state.network);
  if (lenet5Form) {
    expect(shown.selects['explorer-variant'], where).toBe(state.variant);
    for (const name of SWITCH_NAMES) expect(shown.selects[`explorer-${name}`], where).toBe(state.overrides[name] ?? '');
  }
  const maps = mapsPerLayer(network);
  const expected: Record<string, string> = {};
  network.layers.forEach((layer, index) => {
    for (const field of layerFields(layer, { inputMaps: maps[index - 1] ?? 1 }))
      expected[`edit-${index}-${field.key.replace('.', '-')}`] = String(field.value);
  });
  const undrafted = (values: Record<string, string>) =>
    Object.fromEntries(Object.entries(values).filter(([id]) => !drafts.includes(id)));
  expect(undrafted(shown.editor), where).toEqual(undrafted(expected));

  const query = serializeExplorerState(state);
  const placement = { input: state.input, digitBox: entryOf(state.network).placement.digitBox };
  const untrainable = failure ?? whyNotTrainable({ key: 'link', label: '', network, placement });
  expect(shown.train, where).toEqual(
    untrainable ? { href: null, disabled: true } : { href: `/playground/${query ? `?${query}` : ''}`, disabled: false },
  );
  expect(shown.weightsDisabled, where).toBe(failure !== undefined || !pretrainedFor(network, state.input));
  for (const layer of analysis!.layers.slice(1)) expect(shown.bars.names, where).toContain(layer.name);
  const switched =
    !state.custom && state.network === 'lenet5' && (Object.keys(state.overrides).length > 0 || state.c3Table);
  if (state.custom || switched)
    shown.bars.names.forEach((name, index) => {
      const layer = analysis!.layers.find((candidate) => candidate.name === name);
      expect(shown.bars.firstSeries[index], `${where}: bar ${name}`).toBe(formatCount(layer?.trainable ?? 0));
    });
}
