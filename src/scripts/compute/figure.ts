import { explainUnit, type Computation } from '../../lib/explain/explain.ts';
import type { TfjsWeights } from '../../lib/weights/torch-state.ts';
import type { Unit } from '../../lib/explain/unit.ts';
import { computeDigit } from '../../lib/explain/compute-digit.ts';
import { entryOf } from '../../lib/lenet/networks/registry.ts';
import { builtOf, type PretrainedModel } from '../../lib/weights/pretrained-models.ts';
import { drawPanel, markPanel } from '../../lib/viz/compute/draw-panel.ts';
import { drawWork } from '../../lib/viz/compute/draw-work.ts';
import { layerPanels, marksOf, type LayerPanels } from '../../lib/viz/compute/panels.ts';
import { required } from '../dom.ts';
import { firstUnit } from './pointing.ts';
import { followPointing } from './follow-pointing.ts';
import { digitSources, type FigureDigit } from './digit-sources.ts';
import { modelWeights, shippedDigits } from './sources.ts';
import { makeStage, type Stage } from './stage.ts';
import { followLayout } from './caption-words.ts';
import { describeDigit, labelShippedDigits } from './digit-choice.ts';

interface Shown {
  readonly computation: Computation;
  readonly panels: LayerPanels;
  readonly index: number;
}

/** The model the reader chose, or the figure's own where it offers no choice. */
const modelOf = (root: HTMLElement) =>
  (root.querySelector<HTMLInputElement>('.compute-model:checked')?.value ?? root.dataset['model']) as PretrainedModel;

/**
 * The network `model` computed on a digit, and where in it the figure's layer is: `layer` is its index,
 * chosen in the figure's list, or its name, where the figure shows one layer; or what went wrong.
 */
function computeLayer(
  model: PretrainedModel,
  weights: TfjsWeights,
  pixels: Uint8Array,
  layer: number | string | undefined,
): { ok: true; computation: Computation; index: number } | { ok: false; message: string } {
  const built = builtOf(model);
  const placement = { input: built.input, digitBox: entryOf(built.id).placement.digitBox };
  const computed = computeDigit(built.network, placement, weights, pixels);
  if (!computed.ok) return { ok: false, message: computed.error.message };
  const index = typeof layer === 'number' ? layer : built.network.layers.findIndex((each) => each.name === layer);
  if (index < 0) return { ok: false, message: `The ${model} network has no layer ${layer ?? ''}.` };
  return { ok: true, computation: computed.value, index };
}

/** The layer's input, its output, and the image below both where the layer is not the first. */
function drawPanels(stage: Stage, panels: LayerPanels): void {
  stage.image.hidden = !panels.image;
  if (panels.image) drawPanel(stage.image, panels.image);
  drawPanel(stage.input, panels.input);
  drawPanel(stage.output, panels.output);
}

/** Marks the unit on the maps, and writes out its arithmetic. */
function drawUnit(stage: Stage, shown: Shown, unit: Unit, refit: boolean): void {
  const work = explainUnit(shown.computation, shown.index, unit);
  const marks = marksOf(shown.panels, work);
  markPanel(stage.output, marks.output);
  markPanel(stage.input, marks.input, marks.dimmed);
  markPanel(stage.image, marks.image);
  drawWork(stage.work, work, { below: shown.panels.below, belowExtent: shown.panels.input.extent });
  stage.fitWork(refit);
}

/** One "see it compute" figure: the pretrained network on a real digit, one layer's units and their arithmetic. */
export function startComputeFigure(root: HTMLElement): void {
  const status = required(root, '.compute-status');
  const layerChoice = root.querySelector<HTMLSelectElement>('.compute-layer');
  const stageElement = required(root, '.compute-stage');
  const stage = makeStage(stageElement);
  followLayout(root, stageElement, stage);
  let digit: FigureDigit | undefined;
  let shown: Shown | undefined;
  let unit: Unit | undefined;
  let request = 0;

  const say = (text: string, problem = false) => {
    status.textContent = text;
    status.classList.toggle('compute-problem', problem);
  };

  function select(next: Unit, refit = false): void {
    if (!shown) return;
    const began = performance.now();
    unit = next;
    drawUnit(stage, shown, next, refit);
    root.dataset['redrawMs'] = (performance.now() - began).toFixed(2);
  }

  async function show(): Promise<void> {
    if (!digit) return;
    const ticket = ++request;
    const model = modelOf(root);
    say(shown ? 'Computing…' : `Loading the ${model} network's weights…`);
    const weights = await modelWeights(model);
    if (ticket !== request) return;
    const layer = computeLayer(
      model,
      weights,
      digit.pixels,
      layerChoice ? Number(layerChoice.value) : root.dataset['layer'],
    );
    if (!layer.ok) {
      say(layer.message, true);
      return;
    }
    const { computation, index } = layer;
    const panels = layerPanels(computation, index, digit.pixels);
    drawPanels(stage, panels);
    const kept = shown?.index === index ? unit : undefined;
    shown = { computation, panels, index };
    stageElement.hidden = false;
    select(kept ?? firstUnit(computation, index), true);
    say(describeDigit(digit, computation));
  }

  const failed = (what: string) => (error: unknown) =>
    say(`${what} failed: ${(error as Error).message} The rest of the page works; try again later.`, true);

  const { digitChoice, chooseShipped } = digitSources(root, {
    say,
    failed,
    use: async (chosen) => {
      digit = chosen;
      await show();
    },
  });
  root
    .querySelectorAll('.compute-model')
    .forEach((radio) => radio.addEventListener('change', () => void show().catch(failed('Loading the weights'))));
  layerChoice?.addEventListener('change', () => void show().catch(failed('Computing the layer')));

  followPointing(stage, { panels: () => shown?.panels, unit: () => unit, select });

  shippedDigits()
    .then((digits) => {
      labelShippedDigits(digitChoice, digits);
      return chooseShipped();
    })
    .catch(failed('Loading the figure'));
}
