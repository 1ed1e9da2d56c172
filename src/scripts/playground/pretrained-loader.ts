import { isVariant, type Variant } from '../../lib/lenet/index.ts';
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

/**
 * tfjs and the pretrained model the pad shows, loaded once on first need. The
 * model follows the training form's network when it has weights (LeNet-5's two
 * presets); otherwise the last one shown stays. Only the model asked for last
 * answers: one that arrives after another was asked for is kept in the runtime's
 * cache but not shown, so that "Loading the model…" always ends in the model the
 * form names, or in why it did not load.
 */
export function pretrainedLoader(networkField: HTMLSelectElement, hooks: PretrainedHooks) {
  let shownVariant: Variant = isVariant(networkField.value) ? networkField.value : 'modern';
  let runtime: Runtime | undefined;
  let current: Pretrained | undefined;
  let loading: Promise<void> | undefined;
  /** Counts the loads asked for; a load whose number is not the last is stale. */
  let asked = 0;

  const runtimeNow = async () => (runtime ??= await loadRuntime());
  const use = async (variant: Variant) => {
    const ask = ++asked;
    try {
      const loaded = await runtimeNow();
      if (ask !== asked) return;
      hooks.loading();
      const model = await loaded.pretrained(variant);
      if (ask !== asked) return;
      current = model;
      const error = model.testError === undefined ? '' : `, ${percent(model.testError, 2)} test error`;
      hooks.ready(`Network ready: tfjs on its ${loaded.backend} backend; pretrained ${variant} model${error}.`);
      hooks.changed();
    } catch (error) {
      if (ask === asked) hooks.failed(error);
      throw error;
    }
  };

  networkField.addEventListener('change', () => {
    if (!isVariant(networkField.value) || networkField.value === shownVariant) return;
    shownVariant = networkField.value;
    // Once anything has asked for a model, even one still on its way, the one shown follows the field.
    if (runtime || loading) use(shownVariant).catch(() => undefined);
  });

  return {
    runtime: runtimeNow,
    /** The pretrained model, once it has loaded. */
    get model() {
      return current;
    },
    /** Starts loading once, however many strokes ask for it meanwhile. */
    ensure() {
      loading ??= use(shownVariant).catch(() => {
        loading = undefined;
      });
    },
  };
}
