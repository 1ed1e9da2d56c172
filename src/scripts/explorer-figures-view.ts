import {
  describeChange,
  layerTable,
  serializeExplorerState,
  type Analysis,
  type ExplorerState,
  type LenetError,
} from '../lib/lenet/index.ts';
import { showCode } from './explorer-exports.ts';
import { drawBreakdowns, drawDiagram } from './explorer-figures.ts';
import { fillTable, fillTotals } from './explorer-view.ts';
import { weightsDownload } from './explorer-weights.ts';
import { required } from './dom.ts';
import { markScrollRegions } from './scroll-regions.ts';

/**
 * Every figure of the explorer that follows one computed network: the table,
 * the totals, the sentence, the drawing, the bars, the code, the weights and the
 * link to train it. With a failure, they show the layers before it.
 */
export function figuresView(root: Document) {
  const sentence = required(root, '#explorer-sentence');
  const table = required<HTMLTableElement>(root, '#explorer-table');
  const totals = required(root, '#explorer-totals');
  const diagram = required<SVGSVGElement>(root, '#explorer-architecture');
  const columnDiagram = required<SVGSVGElement>(root, '#explorer-architecture-column');
  const details = required(root, '#explorer-layer-details');
  const code = required(root, '#explorer-code');
  const trainLink = required<HTMLAnchorElement>(root, '#explorer-train-link');
  const parameters = required<SVGSVGElement>(root, '#breakdown-parameters');
  const connections = required<SVGSVGElement>(root, '#breakdown-connections');
  const showWeights = weightsDownload(
    required<HTMLButtonElement>(root, '#explorer-weights'),
    required(root, '#explorer-weights-status'),
  );
  let shown: Analysis | undefined;
  // The architecture is drawn across and downwards, and CSS shows one; only the one on screen is drawn at once.
  const phone = matchMedia('(max-width: 40rem)');
  let stale: { row: boolean; column: boolean } = { row: false, column: false };
  let drawDiagrams: (orientation: 'row' | 'column') => void = () => undefined;
  const freshen = (orientation: 'row' | 'column') => {
    if (!stale[orientation]) return;
    stale = { ...stale, [orientation]: false };
    drawDiagrams(orientation);
  };
  phone.addEventListener('change', () => freshen(phone.matches ? 'column' : 'row'));

  return {
    /** The left-to-right drawing, brought up to date first: what the SVG and PNG downloads save. */
    get diagram() {
      freshen('row');
      return diagram;
    },
    /** The analysis the figures show now, if any. */
    get shown() {
      return shown;
    },
    /** Draws the figures at the top at once, and hands the ones further down to `later`. */
    draw(state: ExplorerState, analysis: Analysis, failure: LenetError | undefined, later: (job: () => void) => void) {
      shown = analysis;
      fillTable(table, layerTable(analysis, { receptive: true }), failure);
      fillTotals(totals, analysis.totals, failure ? analysis.layers.at(-1)!.name : undefined);
      const size = `${analysis.input.height}x${analysis.input.width}`;
      sentence.textContent = failure
        ? `At ${size} the network stops at ${failure.layer}: ${failure.message} Below are the layers before it, computed at ${size}.`
        : describeChange(analysis);
      drawDiagrams = (orientation) =>
        drawDiagram(orientation === 'row' ? diagram : columnDiagram, details, analysis, failure?.layer, orientation);
      stale = { row: true, column: true };
      later(() => freshen(phone.matches ? 'column' : 'row'));
      later(() => {
        drawBreakdowns(parameters, connections, state, analysis);
        trainLink.href = `/playground/?${serializeExplorerState(state)}`;
      });
      later(() => {
        showCode(code, analysis);
        showWeights(analysis);
        requestAnimationFrame(() => markScrollRegions(root));
      });
    },
    /** Says why the figures show a stand-in. */
    say(text: string) {
      sentence.textContent = text;
    },
  };
}
