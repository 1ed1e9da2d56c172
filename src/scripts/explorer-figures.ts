import {
  analyze,
  analyzeUntilFailure,
  formatCount,
  formatShape,
  layerNamed,
  lenet5,
  PRESETS,
  type Analysis,
} from '../lib/lenet/index.ts';
import { architecture, drawArchitecture, drawBreakdown } from '../lib/viz/index.ts';
import { layerPageOf } from '../utils/navigation.ts';

export function drawDiagram(svg: SVGSVGElement, details: HTMLElement, analysis: Analysis, failing?: string): void {
  drawArchitecture(svg, architecture(analysis, layerPageOf, failing), {
    onHighlight: (name) => {
      const layer = name ? layerNamed(analysis, name) : undefined;
      details.textContent = layer
        ? `${layer.name}: ${formatShape(layer.shape)}, ${formatCount(layer.trainable)} trainable parameters` +
          `${layer.fixed ? ` and ${formatCount(layer.fixed)} fixed` : ''}, ${formatCount(layer.connections)} connections.`
        : 'Point at a layer, or move to it with Tab, for its figures; select it to open its page.';
    },
  });
}

/** Both presets at the current input size, so the bars compare like with like; as far as each can be computed. */
export function drawBreakdowns(parameters: SVGSVGElement, connections: SVGSVGElement, analysis: Analysis): void {
  const both = (['paper', 'modern'] as const).map((variant) => {
    const network = lenet5(PRESETS[variant]);
    const result = analyze(network, analysis.input);
    return result.ok ? result.value : analyzeUntilFailure(network, analysis.input)?.analysis;
  });
  const [paper, modern] = both;
  if (!paper || !modern) return;
  const layers = paper!.layers.slice(1).map((layer) => layer.name);
  const series = (field: 'trainable' | 'connections') =>
    [
      { label: 'Paper', analysis: paper! },
      { label: 'Modern', analysis: modern! },
    ].map(({ label, analysis: network }) => ({
      label,
      values: layers.map((name) => layerNamed(network, name)?.[field] ?? 0),
    }));
  drawBreakdown(parameters, {
    title: 'Trainable parameters per layer',
    layers,
    series: series('trainable'),
    format: formatCount,
  });
  drawBreakdown(connections, {
    title: 'Connections per layer',
    layers,
    series: series('connections'),
    format: formatCount,
  });
}
