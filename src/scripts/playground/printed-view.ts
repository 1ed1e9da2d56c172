import type { FromWorker } from '../../lib/model/worker/protocol.ts';
import { printedDigitWords, printedVerdict } from '../../lib/playground/printed-words.ts';
import { PRINTED_RECIPE } from '../../lib/playground/settings.ts';
import type { LayerSteps } from '../../lib/sdlm/layer-steps.ts';
import { drawCurve, type CurvePoint } from '../../lib/viz/index.ts';
import { required } from '../dom.ts';
import { percent } from '../readable-numbers.ts';

const stepText = (value: number) => value.toPrecision(2);

/** The printed run's panel: the step sizes, each digit's loss and F6 saturation, and the verdict. */
export function printedView(root: ParentNode) {
  const panel = required(root, '#printed-run');
  const curves = required(root, '#train-curves');
  const caption = required(root, '#printed-steps-caption');
  const rows = required(root, '#printed-steps tbody');
  const status = required(root, '#printed-status');
  const verdict = required(root, '#printed-verdict');
  const lossSvg = required<SVGSVGElement>(root, '#printed-loss');
  const saturationSvg = required<SVGSVGElement>(root, '#printed-saturation');
  const loss: CurvePoint[] = [];
  const saturation: CurvePoint[] = [];
  let steps: { eta: number; cap: number; layers: readonly LayerSteps[] } | undefined;
  const draw = () => {
    drawCurve(lossSvg, {
      title: 'Loss per digit',
      points: loss,
      formatY: (y, decimals) => y.toFixed(decimals ?? 0),
      xLabel: 'digits',
    });
    drawCurve(saturationSvg, {
      title: 'F6 units saturated',
      points: saturation,
      yDomain: [0, 1],
      formatY: (y) => percent(y, 0),
      xLabel: 'digits',
    });
  };
  const showSteps = (event: { eta: number; cap: number; layers: readonly LayerSteps[] }) => {
    steps = event;
    caption.textContent = `Step sizes η/(μ + h_kk) at η = ${event.eta}, μ = ${PRINTED_RECIPE.mu}; the cap η/μ is ${event.cap}`;
    rows.replaceChildren(
      ...event.layers.map((layer) => {
        const row = document.createElement('tr');
        const name = document.createElement('th');
        name.scope = 'row';
        name.textContent = layer.name;
        const cells = [stepText(layer.min), stepText(layer.max), percent(layer.atCap, 0)].map((text) => {
          const cell = document.createElement('td');
          cell.textContent = text;
          return cell;
        });
        row.append(name, ...cells);
        return row;
      }),
    );
  };
  return {
    show(event: FromWorker): void {
      if (event.type !== 'printed' && event.type !== 'printed-end') return;
      panel.hidden = false;
      curves.hidden = true;
      if (event.type === 'printed-end') {
        if (steps) verdict.textContent = printedVerdict(event.outcome, steps, PRINTED_RECIPE);
        return;
      }
      if (event.event.type === 'steps') showSteps(event.event);
      else {
        status.textContent = printedDigitWords(event.event);
        loss.push({ x: event.event.digits, y: event.event.loss });
        saturation.push({ x: event.event.digits, y: event.event.saturated });
      }
      draw();
    },
    clear(): void {
      panel.hidden = true;
      curves.hidden = false;
      loss.length = 0;
      saturation.length = 0;
      steps = undefined;
      rows.replaceChildren();
      caption.textContent = '';
      verdict.textContent = '';
      status.textContent = `Estimating the curvature h_kk on ${PRINTED_RECIPE.hessianPatterns} digits…`;
    },
  };
}
