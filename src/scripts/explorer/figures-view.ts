import {
  countsFirst,
  describeChange,
  layerTable,
  type Analysis,
  type ExplorerState,
  type LenetError,
} from '../../lib/lenet/index.ts';
import { required } from '../dom.ts';
import { markScrollRegions } from '../scroll-regions.ts';
import { showCode } from './exports.ts';
import { chartWidth, drawBreakdowns, drawDiagram } from './figures.ts';
import { showTrainLink } from './train-link.ts';
import { failedRow, fillTable, fillTotals } from './view.ts';
import { weightsDownload } from './weights.ts';

type Orientation = 'row' | 'column';

/**
 * The architecture is drawn across and downwards, and CSS shows one; only the one on screen is drawn at once,
 * and the other when it comes on screen (a turned phone) or is asked for (a download).
 */
function diagramsOnScreen() {
  const phone = matchMedia('(max-width: 40rem)');
  let stale = { row: false, column: false };
  let draw: (orientation: Orientation) => void = () => undefined;
  const freshen = (orientation: Orientation) => {
    if (!stale[orientation]) return;
    stale = { ...stale, [orientation]: false };
    draw(orientation);
  };
  const freshenShown = () => freshen(phone.matches ? 'column' : 'row');
  phone.addEventListener('change', freshenShown);
  return {
    freshen,
    freshenShown,
    /** Both drawings are out of date; `next` draws either. */
    redrawWith(next: (orientation: Orientation) => void) {
      draw = next;
      stale = { row: true, column: true };
    },
    /** Both drawings were emptied: nothing to bring up to date. */
    forget() {
      stale = { row: false, column: false };
    },
  };
}

/**
 * The bars are drawn at the width they have, so a turned phone or a resized window redraws them. Measured before
 * anything is drawn, when the page's layout is fresh, so that no draw waits on a new layout.
 */
function barsAtTheirWidth(svg: SVGSVGElement) {
  let width = chartWidth(svg);
  let draw: (width: number) => void = () => undefined;
  window.addEventListener('resize', () => {
    const now = chartWidth(svg);
    if (now === width) return;
    width = now;
    draw(width);
  });
  return {
    /** Redraws with `next` from now on; returns the first draw, at the width the bars have when it runs. */
    redrawWith(next: (width: number) => void): () => void {
      draw = next;
      return () => next(width);
    },
  };
}

/**
 * Every figure of the explorer that follows the shown network: the table, the
 * totals, the sentence, the drawing, the bars, the code, the weights and the
 * link to train it. With a failure, they show the layers before it, and say so.
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
  const trainReason = required(root, '#explorer-train-reason');
  const parameters = required<SVGSVGElement>(root, '#breakdown-parameters');
  const connections = required<SVGSVGElement>(root, '#breakdown-connections');
  const showWeights = weightsDownload(
    required<HTMLButtonElement>(root, '#explorer-weights'),
    required<HTMLSelectElement>(root, '#explorer-weights-model'),
    required(root, '#explorer-weights-status'),
  );
  let shown: Analysis | undefined;
  const diagrams = diagramsOnScreen();
  const bars = barsAtTheirWidth(parameters);

  return {
    /** The left-to-right drawing, brought up to date first: what the SVG and PNG downloads save. */
    get diagram() {
      diagrams.freshen('row');
      return diagram;
    },
    /** The analysis the figures show now: the shown network's, as far as it computes. */
    get shown() {
      return shown;
    },
    /** Draws the figures at the top at once, and hands the ones further down to `later`. */
    draw(state: ExplorerState, analysis: Analysis, failure: LenetError | undefined, later: (job: () => void) => void) {
      shown = analysis;
      fillTable(table, countsFirst(layerTable(analysis, { receptive: true })), failure);
      fillTotals(totals, analysis.totals, failure ? analysis.layers.at(-1)!.name : undefined);
      const size = `${analysis.input.height}x${analysis.input.width}`;
      sentence.textContent = failure
        ? `At ${size} the network stops at ${failure.layer}: its row in the table says why. The figures show the layers before it.`
        : describeChange(analysis);
      diagrams.redrawWith((orientation) =>
        drawDiagram(orientation === 'row' ? diagram : columnDiagram, details, analysis, failure?.layer, orientation),
      );
      showTrainLink(trainLink, trainReason, state, failure);
      later(diagrams.freshenShown);
      later(bars.redrawWith((width) => drawBreakdowns(parameters, connections, state, analysis, width)));
      later(() => {
        showCode(code, analysis);
        showWeights(analysis, failure === undefined);
        requestAnimationFrame(() => markScrollRegions(root));
      });
    },
    /** Not even the first layer computes: every figure is emptied, and the sentence says why. */
    clear(state: ExplorerState, failure: LenetError) {
      shown = undefined;
      table.tBodies[0]!.replaceChildren(failedRow(failure, table.tHead?.rows[0]?.cells.length ?? 1));
      table.tFoot?.replaceChildren();
      totals.textContent = '';
      sentence.textContent = `Nothing can be computed: ${failure.message}`;
      for (const svg of [diagram, columnDiagram, parameters, connections]) svg.replaceChildren();
      bars.redrawWith(() => undefined);
      diagrams.forget();
      code.replaceChildren();
      showWeights(undefined, false);
      showTrainLink(trainLink, trainReason, state, failure);
    },
  };
}
