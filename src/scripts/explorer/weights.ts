import { planOf } from '../../lib/export/plan.ts';
import { BUILT_PRESETS, entryOf, type Analysis } from '../../lib/lenet/index.ts';
import {
  fetchWeights,
  npz,
  pretrainedFor,
  pretrainedReach,
  torchState,
  type PretrainedModel,
} from '../../lib/weights/index.ts';
import { download } from '../download.ts';
import { withBase } from '../../utils/base-path.ts';

/** A shipped model as the registry names it: "LeNet-1 (1989)", "LeNet-5 (1998), modern preset". */
function modelLabel(model: PretrainedModel): string {
  const built = BUILT_PRESETS.find((entry) => entry.preset === model);
  if (!built) return model;
  const entry = entryOf(built.id);
  return Object.keys(entry.presets).length > 1 ? `${entry.label}, ${model} preset` : entry.label;
}

/** A list as a sentence says it: "a, b and c". */
const inWords = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;

/**
 * The "weights for PyTorch" button: on for a network that has pretrained weights
 * (the paper's network at any size, the modern port at 32x32), which it converts
 * to the exported PyTorch model's state dict when pressed; off, with the reason, otherwise.
 */
export function weightsDownload(button: HTMLButtonElement, status: HTMLElement) {
  let shown: Analysis | undefined;
  button.addEventListener('click', () => {
    const analysis = shown;
    const variant = analysis && pretrainedFor(analysis.network, analysis.input);
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
  /** `complete` is false while the network stops at a layer it cannot compute. */
  return (analysis: Analysis | undefined, complete: boolean) => {
    shown = complete ? analysis : undefined;
    const variant = shown ? pretrainedFor(shown.network, shown.input) : undefined;
    button.disabled = variant === undefined;
    if (!shown) {
      status.textContent =
        'No weights can fit a network that cannot be computed; change the fields above until it can.';
      return;
    }
    status.textContent = variant
      ? `The pretrained weights of ${modelLabel(variant)}, as the PyTorch code above loads them (numpy's .npz).`
      : `Pretrained weights exist for ${inWords(pretrainedReach())}; train this network in the playground to download its own.`;
  };
}
