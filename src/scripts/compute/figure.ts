import { explainUnit, type Computation } from '../../lib/explain/explain.ts';
import { parseDigitNumber } from '../../lib/explain/digit-number.ts';
import type { Unit } from '../../lib/explain/unit.ts';
import { computeDigit } from '../../lib/explain/compute-digit.ts';
import { savedDrawing } from '../../lib/drawing/saved-drawing.ts';
import { BUILT_PRESETS, entryOf } from '../../lib/lenet/networks/registry.ts';
import type { GuideDigit } from '../../lib/mnist/guide-digits.ts';
import type { PretrainedModel } from '../../lib/weights/pretrained-models.ts';
import { drawPanel, markPanel } from '../../lib/viz/compute/draw-panel.ts';
import { drawWork } from '../../lib/viz/compute/draw-work.ts';
import { layerPanels, marksOf, type LayerPanels } from '../../lib/viz/compute/panels.ts';
import { required } from '../dom.ts';
import { firstUnit, unitFromPointer, unitFromKey } from './pointing.ts';
import { modelWeights, shippedDigits, testDigit } from './sources.ts';
import { makeStage } from './stage.ts';
import { followLayout } from './caption-words.ts';
import { keepClear } from './keep-clear.ts';
import { describeDigit, labelShippedDigits } from './digit-choice.ts';

interface Shown {
  readonly computation: Computation;
  readonly panels: LayerPanels;
  readonly index: number;
}

/** One "see it compute" figure: the pretrained network on a real digit, one layer's units and their arithmetic. */
export function startComputeFigure(root: HTMLElement): void {
  const status = required(root, '.compute-status');
  const digitChoice = required<HTMLSelectElement>(root, '.compute-digit');
  const numberField = required<HTMLInputElement>(root, '.compute-number');
  const numberError = required(root, '.compute-number-error');
  const layerChoice = root.querySelector<HTMLSelectElement>('.compute-layer');
  const stageElement = required(root, '.compute-stage');
  const stage = makeStage(stageElement);
  followLayout(root, stageElement, stage);
  const modelOf = () =>
    (root.querySelector<HTMLInputElement>('.compute-model:checked')?.value ?? root.dataset['model']) as PretrainedModel;
  let digit: GuideDigit | { index: undefined; label: undefined; pixels: Uint8Array } | undefined;
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
    const work = explainUnit(shown.computation, shown.index, next);
    const marks = marksOf(shown.panels, work);
    markPanel(stage.output, marks.output);
    markPanel(stage.input, marks.input, marks.dimmed);
    markPanel(stage.image, marks.image);
    drawWork(stage.work, work, { below: shown.panels.below, belowExtent: shown.panels.input.extent });
    stage.fitWork(refit);
    root.dataset['redrawMs'] = (performance.now() - began).toFixed(2);
  }

  async function show(): Promise<void> {
    if (!digit) return;
    const ticket = ++request;
    const model = modelOf();
    const built = BUILT_PRESETS.find((entry) => entry.preset === model)!;
    const placement = { input: built.input, digitBox: entryOf(built.id).placement.digitBox };
    say(shown ? 'Computing…' : `Loading the ${model} network's weights…`);
    const weights = await modelWeights(model);
    if (ticket !== request) return;
    const computed = computeDigit(built.network, placement, weights, digit.pixels);
    if (!computed.ok) {
      say(computed.error.message, true);
      return;
    }
    const computation = computed.value;
    const index = layerChoice
      ? Number(layerChoice.value)
      : built.network.layers.findIndex((layer) => layer.name === root.dataset['layer']);
    if (index < 0) {
      say(`The ${model} network has no layer ${root.dataset['layer'] ?? ''}.`, true);
      return;
    }
    const panels = layerPanels(computation, index, digit.pixels);
    stage.image.hidden = !panels.image;
    if (panels.image) drawPanel(stage.image, panels.image);
    drawPanel(stage.input, panels.input);
    drawPanel(stage.output, panels.output);
    const kept = shown?.index === index ? unit : undefined;
    shown = { computation, panels, index };
    stageElement.hidden = false;
    select(kept ?? firstUnit(computation, index), true);
    say(describeDigit(digit, computation));
  }

  const failed = (what: string) => (error: unknown) =>
    say(`${what} failed: ${(error as Error).message} The rest of the page works; try again later.`, true);

  const chooseShipped = async () => {
    const value = digitChoice.value;
    if (value === 'drawing') {
      const pixels = savedDrawing(localStorage);
      if (!pixels) {
        say('No drawing is kept: draw a digit on the playground first.', true);
        return;
      }
      digit = { index: undefined, label: undefined, pixels };
    } else {
      digit = (await shippedDigits()).find((candidate) => candidate.label === Number(value));
    }
    await show();
  };

  const chooseNumber = async () => {
    const parsed = parseDigitNumber(numberField.value);
    numberField.setAttribute('aria-invalid', String(!parsed.ok));
    numberError.textContent = parsed.ok ? '' : parsed.error.message;
    if (!parsed.ok) return;
    say('Downloading the 10,000 test digits (1.6 MB)…');
    digit = await testDigit(parsed.value, (received) =>
      say(`Downloading the 10,000 test digits: ${(received / 1e6).toFixed(1)} MB…`),
    );
    await show();
  };

  digitChoice.addEventListener('change', () => void chooseShipped().catch(failed('Loading the digit')));
  required(root, '.compute-number-form').addEventListener('submit', (event) => {
    event.preventDefault();
    chooseNumber().catch(failed('Loading the test digits'));
  });
  root
    .querySelectorAll('.compute-model')
    .forEach((radio) => radio.addEventListener('change', () => void show().catch(failed('Loading the weights'))));
  layerChoice?.addEventListener('change', () => void show().catch(failed('Computing the layer')));

  /** The map of the reader's unit, with its label, kept clear of the arithmetic on a phone. */
  const keepUnitClear = () => {
    const tile = stage.output.querySelector('.compute-mark:not([hidden])')?.closest('.compute-tile');
    if (tile) keepClear(tile, stage.frame);
  };
  // A mouse points (pointermove); a finger touches (pointerdown). Only a finished tap, not the start of a
  // swipe, scrolls its map up out from under the arithmetic.
  const point = (event: PointerEvent) => {
    const next = shown && unitFromPointer(shown.panels.output, event);
    if (next) select(next);
  };
  stage.output.addEventListener('pointermove', point);
  stage.output.addEventListener('pointerdown', point);
  stage.output.addEventListener('click', keepUnitClear);
  stage.output.addEventListener('keydown', (event) => {
    const next = shown && unit && unitFromKey(shown.panels.output, unit, event);
    if (!next) return;
    event.preventDefault();
    select(next);
    keepUnitClear();
  });
  stage.output.addEventListener('focusin', (event) => {
    const tile = Number((event.target as HTMLElement).dataset['tile']);
    if (!shown || !unit || Number.isNaN(tile)) return;
    if (tile !== unit.map && !shown.panels.output.layout.single) select({ ...unit, map: tile });
    keepClear(event.target as HTMLElement, stage.frame);
  });

  if (savedDrawing(localStorage)) {
    const option = new Option('Your drawing, from the playground', 'drawing');
    digitChoice.append(option);
  }
  shippedDigits()
    .then((digits) => {
      labelShippedDigits(digitChoice, digits);
      return chooseShipped();
    })
    .catch(failed('Loading the figure'));
}
