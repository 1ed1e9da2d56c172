import {
  analyze,
  analyzeUntilFailure,
  formatCount,
  formatShape,
  layerNamed,
  lenet5,
  PRESETS,
  specOf,
  type Analysis,
  type ExplorerState,
  type NetworkSpec,
} from '../../lib/lenet/index.ts';
import {
  architecture,
  BREAKDOWN_WIDTH,
  drawArchitecture,
  drawBreakdown,
  type Orientation,
} from '../../lib/viz/index.ts';
import { layerPageOf } from '../../utils/navigation.ts';

export function drawDiagram(
  svg: SVGSVGElement,
  details: HTMLElement,
  analysis: Analysis,
  failing?: string,
  orientation: Orientation = 'row',
): void {
  drawArchitecture(svg, architecture(analysis, layerPageOf, failing, orientation), {
    onHighlight: (name) => {
      const layer = name ? layerNamed(analysis, name) : undefined;
      details.textContent = layer
        ? `${layer.name}: ${formatShape(layer.shape)}, ${formatCount(layer.trainable)} trainable parameters` +
          `${layer.fixed ? ` and ${formatCount(layer.fixed)} fixed` : ''}, ${formatCount(layer.connections)} connections.`
        : 'Point at a layer, or move to it with Tab, for its figures; select it to open its page.';
    },
  });
}

/**
 * The networks the bars compare: LeNet-5's two presets; a LeNet-5 with a switch
 * or its table changed beside the preset it started from; an edited network
 * beside the one it was edited from. The network shown is always among them.
 */
function comparedNetworks(state: ExplorerState): { label: string; network: NetworkSpec }[] {
  const { custom: _, ...unedited } = state;
  if (state.custom)
    return [
      { label: 'Edited', network: state.custom },
      { label: 'As published', network: specOf(unedited) },
    ];
  if (state.network !== 'lenet5') return [{ label: 'As published', network: specOf(state) }];
  const presets = [
    { label: 'Paper', network: lenet5(PRESETS.paper) },
    { label: 'Modern', network: lenet5(PRESETS.modern) },
  ];
  if (Object.keys(state.overrides).length === 0 && !state.c3Table) return presets;
  return [{ label: 'As set above', network: specOf(state) }, state.variant === 'paper' ? presets[0]! : presets[1]!];
}

/** The width a chart has on the page, so that it is drawn unscaled: the full width on a wide screen, less on a phone. */
export const chartWidth = (svg: SVGSVGElement): number =>
  Math.round(Math.max(260, Math.min(BREAKDOWN_WIDTH, svg.parentElement?.clientWidth ?? BREAKDOWN_WIDTH)));

/** The compared networks at the current input size, so the bars compare like with like; as far as each can be computed. */
export function drawBreakdowns(
  parameters: SVGSVGElement,
  connections: SVGSVGElement,
  state: ExplorerState,
  analysis: Analysis,
  width: number,
): void {
  const compared = comparedNetworks(state).flatMap(({ label, network }) => {
    const result = analyze(network, analysis.input);
    const computed = result.ok ? result.value : analyzeUntilFailure(network, analysis.input)?.analysis;
    return computed ? [{ label, analysis: computed }] : [];
  });
  if (compared.length === 0) return;
  const names = new Set(
    compared.flatMap(({ analysis: network }) => network.layers.slice(1).map((layer) => layer.name)),
  );
  const layers = [...names];
  const series = (field: 'trainable' | 'connections') =>
    compared.map(({ label, analysis: network }) => ({
      label,
      values: layers.map((name) => layerNamed(network, name)?.[field] ?? 0),
    }));
  drawBreakdown(
    parameters,
    {
      title: 'Trainable parameters per layer',
      layers,
      series: series('trainable'),
      format: formatCount,
    },
    width,
  );
  drawBreakdown(
    connections,
    {
      title: 'Connections per layer',
      layers,
      series: series('connections'),
      format: formatCount,
    },
    width,
  );
}
