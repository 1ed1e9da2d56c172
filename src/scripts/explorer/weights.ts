import { planOf } from '../../lib/export/plan.ts';
import { entryOf, type Analysis } from '../../lib/lenet/index.ts';
import {
  builtOf,
  fetchWeights,
  npz,
  pretrainedAllFor,
  pretrainedReach,
  torchState,
  PRETRAINED_SHORT_NAMES,
  PRETRAINED_TRAINING,
  type PretrainedModel,
} from '../../lib/weights/index.ts';
import { download } from '../download.ts';
import { withBase } from '../../utils/base-path.ts';

/** A shipped model as the registry names it: "LeNet-1 (1989)", "LeNet-5 (1998), paper preset, trained with distortions". */
export function modelLabel(model: PretrainedModel): string {
  const built = builtOf(model);
  const entry = entryOf(built.id);
  const named = Object.keys(entry.presets).length > 1 ? `${entry.label}, ${built.preset} preset` : entry.label;
  const training = PRETRAINED_TRAINING[model];
  return training ? `${named}, ${training}` : named;
}

/** A list as a sentence says it: "a, b and c". */
const inWords = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;

/**
 * The chooser lists the models that fit, keeping the reader's choice while it still fits;
 * by their short names, as the full ones would not fit a phone's column.
 */
function offer(chooser: HTMLSelectElement, models: readonly PretrainedModel[]) {
  const kept = models.find((model) => model === chooser.value) ?? models[0];
  chooser.replaceChildren(
    ...models.map((model) => new Option(PRETRAINED_SHORT_NAMES[model], model, false, model === kept)),
  );
  chooser.closest<HTMLElement>('.weights-choice')!.hidden = models.length < 2;
}

/**
 * The "weights for PyTorch" button: on for a network that has pretrained weights
 * (the paper's network at any size, the modern port at 32x32), which it converts
 * to the exported PyTorch model's state dict when pressed; off, with the reason, otherwise.
 * Where several shipped models fit, `chooser` picks one.
 */
export function weightsDownload(button: HTMLButtonElement, chooser: HTMLSelectElement, status: HTMLElement) {
  let shown: Analysis | undefined;
  const chosen = () => chooser.value as PretrainedModel;
  button.addEventListener('click', () => {
    const analysis = shown;
    const variant = analysis && chooser.options.length > 0 ? chosen() : undefined;
    const plan = analysis && planOf(analysis.network, analysis.input);
    if (!analysis || !variant || !plan?.ok) return;
    status.textContent = 'Preparing the weights...';
    fetchWeights(withBase(`/models/${variant}/`))
      .then((weights) => {
        const file = npz(torchState(plan.value, analysis, weights));
        download('lenet5-weights.npz', new Blob([file], { type: 'application/octet-stream' }));
        status.textContent = `Downloaded lenet5-weights.npz: the pretrained ${modelLabel(variant)}, ${Math.round(file.length / 1024)} KB.`;
      })
      .catch((error: unknown) => {
        status.textContent = `The weights could not be prepared: ${error instanceof Error ? error.message : String(error)} Check the connection and press the button again.`;
      });
  });
  const say = () => {
    if (!shown) {
      status.textContent =
        'No weights can fit a network that cannot be computed; change the fields above until it can.';
      return;
    }
    status.textContent =
      chooser.options.length > 0
        ? `The pretrained weights of ${modelLabel(chosen())}, as the PyTorch code above loads them (numpy's .npz).`
        : `Pretrained weights exist for ${inWords(pretrainedReach())}; train this network in the playground to download its own.`;
  };
  chooser.addEventListener('change', say);
  /** `complete` is false while the network stops at a layer it cannot compute. */
  return (analysis: Analysis | undefined, complete: boolean) => {
    shown = complete ? analysis : undefined;
    offer(chooser, shown ? pretrainedAllFor(shown.network, shown.input) : []);
    button.disabled = chooser.options.length === 0;
    say();
  };
}
