import { isVariant } from '../../lib/lenet/index.ts';
import {
  isPretrainedModel,
  PRETRAINED_MODELS,
  PRETRAINED_PRESETS,
  PRETRAINED_TRAINING,
  type PretrainedModel,
} from '../../lib/weights/pretrained-models.ts';
import { percent } from '../readable-numbers.ts';
import { loadRuntime } from './lazy.ts';
import type { Pretrained, Runtime } from './model-runtime.ts';

export interface PretrainedHooks {
  readonly loading: () => void;
  readonly ready: (text: string) => void;
  /** The model asked for last did not load: say why, where the reader waits for it. */
  readonly failed: (error: unknown) => void;
  /** The model in place is the one asked for last: the pad's drawing can be read again. */
  readonly changed: () => void;
}

/** The first shipped model of a preset: the one the pad shows when the form names that network. */
const firstOf = (preset: string) => PRETRAINED_MODELS.find((model) => PRETRAINED_PRESETS[model] === preset);

const readyWords = (model: PretrainedModel, backend: string, testError: number | undefined) => {
  const training = PRETRAINED_TRAINING[model] ? ` ${PRETRAINED_TRAINING[model]}` : '';
  const error = testError === undefined ? '' : `, ${percent(testError, 2)} test error`;
  return `Network ready: tfjs on its ${backend} backend; pretrained ${PRETRAINED_PRESETS[model]} model${training}${error}.`;
};

/**
 * tfjs and the pretrained model the pad shows, loaded once on first need. The
 * model is the one the weights field names; it follows the training form's network
 * when that network has weights (LeNet-5's two presets) and the named model is not
 * one of them; otherwise the last one shown stays. Only the model asked for last
 * answers: one that arrives after another was asked for is kept in the runtime's
 * cache but not shown, so that "Loading the model…" always ends in the model the
 * fields name, or in why it did not load.
 */
export function pretrainedLoader(
  networkField: HTMLSelectElement,
  weightsField: HTMLSelectElement,
  hooks: PretrainedHooks,
) {
  const named = isVariant(networkField.value) ? firstOf(networkField.value) : undefined;
  let shownModel: PretrainedModel = named ?? firstOf('modern')!;
  weightsField.value = shownModel;
  let runtime: Runtime | undefined;
  let current: Pretrained | undefined;
  let loading: Promise<void> | undefined;
  /** Counts the loads asked for; a load whose number is not the last is stale. */
  let asked = 0;

  const runtimeNow = async () => (runtime ??= await loadRuntime());
  const use = async (model: PretrainedModel) => {
    const ask = ++asked;
    try {
      const loaded = await runtimeNow();
      if (ask !== asked) return;
      hooks.loading();
      const pretrained = await loaded.pretrained(model);
      if (ask !== asked) return;
      current = pretrained;
      hooks.ready(readyWords(model, loaded.backend, pretrained.testError));
      hooks.changed();
    } catch (error) {
      if (ask === asked) hooks.failed(error);
      throw error;
    }
  };
  const show = (model: PretrainedModel) => {
    if (model === shownModel) return;
    shownModel = model;
    weightsField.value = model;
    // Once anything has asked for a model, even one still on its way, the one shown follows the fields.
    if (runtime || loading) use(shownModel).catch(() => undefined);
  };

  networkField.addEventListener('change', () => {
    const preset = networkField.value;
    if (!isVariant(preset) || PRETRAINED_PRESETS[shownModel] === preset) return;
    show(firstOf(preset)!);
  });
  weightsField.addEventListener('change', () => {
    if (isPretrainedModel(weightsField.value)) show(weightsField.value);
    loading ??= use(shownModel).catch(() => {
      loading = undefined;
    });
  });

  return {
    runtime: runtimeNow,
    /** The pretrained model, once it has loaded. */
    get model() {
      return current;
    },
    /** Starts loading once, however many strokes ask for it meanwhile. */
    ensure() {
      loading ??= use(shownModel).catch(() => {
        loading = undefined;
      });
    },
  };
}
