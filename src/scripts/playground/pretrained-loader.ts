import { isVariant, type Variant } from '../../lib/lenet/index.ts';
import { percent } from '../readable-numbers.ts';
import { loadRuntime } from './lazy.ts';
import type { Pretrained, Runtime } from './model-runtime.ts';

export interface PretrainedHooks {
  readonly loading: () => void;
  readonly ready: (text: string) => void;
  readonly failed: (what: string) => (error: unknown) => void;
  /** The model is in place: the pad's drawing can be read again. */
  readonly changed: () => void;
}

/**
 * tfjs and the pretrained model the pad shows, loaded once on first need. The
 * model follows the training form's network when it has weights (LeNet-5's two
 * presets); otherwise the last one shown stays.
 */
export function pretrainedLoader(networkField: HTMLSelectElement, hooks: PretrainedHooks) {
  let shownVariant: Variant = isVariant(networkField.value) ? networkField.value : 'modern';
  let runtime: Runtime | undefined;
  let current: Pretrained | undefined;
  let loading: Promise<void> | undefined;

  const runtimeNow = async () => (runtime ??= await loadRuntime());
  const use = async (variant: Variant) => {
    const loaded = await runtimeNow();
    hooks.loading();
    current = await loaded.pretrained(variant);
    const error = current.testError === undefined ? '' : `, ${percent(current.testError, 2)} test error`;
    hooks.ready(`Network ready: tfjs on its ${loaded.backend} backend; pretrained ${variant} model${error}.`);
    hooks.changed();
  };

  networkField.addEventListener('change', () => {
    if (!isVariant(networkField.value) || networkField.value === shownVariant) return;
    shownVariant = networkField.value;
    if (runtime) use(shownVariant).catch(hooks.failed('Loading the network'));
  });

  return {
    runtime: runtimeNow,
    /** The pretrained model, once it has loaded. */
    get model() {
      return current;
    },
    /** Starts loading once, however many strokes ask for it meanwhile. */
    ensure() {
      loading ??= use(shownVariant).catch((error: unknown) => {
        loading = undefined;
        hooks.failed('Loading the network')(error);
      });
    },
  };
}
