import { classifierOf } from '../../lib/model/classifier.ts';
import type { TrainingSettings } from '../../lib/model/worker/protocol.ts';
import type { LossOf } from '../../lib/playground/loss-caption.ts';
import type { TrainingNetwork } from '../../lib/playground/networks.ts';
import { parseSettings } from '../../lib/playground/settings.ts';
import { required } from '../dom.ts';
import { followDistort } from './distort-field.ts';
import { followRecipe } from './recipe-fields.ts';
import { settingFields } from './setting-fields.ts';
import type { trainAlert } from './train-alert.ts';
import { trainingNetworks } from './training-networks.ts';
import { withBase } from '../../utils/base-path.ts';

const field = (root: Document, name: string) => required<HTMLInputElement | HTMLSelectElement>(root, `#train-${name}`);

/** The form's fields as settings for the worker, or what is wrong with them. */
function formSettings(root: Document, choices: readonly TrainingNetwork[]) {
  return parseSettings(
    {
      network: field(root, 'network').value,
      epochs: field(root, 'epochs').value,
      batchSize: field(root, 'batch-size').value,
      learningRate: field(root, 'learning-rate').value,
      recipe: field(root, 'recipe').value,
      distort: required<HTMLInputElement>(root, '#train-distort').checked ? 'on' : 'off',
    },
    // The worker fetches from these as they are: it learns the site's base from the page.
    { wasmPath: withBase('/wasm/'), dataPath: withBase('/data/') },
    choices,
  );
}

/**
 * The Train form: its networks, from the address too, and its fields that follow each other. On Train, its
 * settings start a run, or its problems go to the alert, which then follows the fields as they are fixed and
 * goes once nothing is wrong. It tells what it would train (`planned`) and when its network or recipe changes.
 */
export function trainForm(
  root: Document,
  alert: ReturnType<typeof trainAlert>,
  start: (settings: TrainingSettings) => void,
) {
  // Without a network in the address the form keeps its default, the playground's own, not the explorer's.
  const networks = trainingNetworks(root, new URLSearchParams(location.search));
  followRecipe(root, networks.choices);
  followDistort(root);
  const parsed = () => formSettings(root, networks.choices);
  const followForm = () => {
    if (!alert.showsFormProblems) return;
    const now = parsed();
    if (now.ok) alert.hide();
    else alert.showProblems(now.messages);
  };
  const fields = settingFields(root, followForm);
  for (const name of ['network', 'recipe']) field(root, name).addEventListener('change', followForm);
  if (networks.problems.length > 0) alert.show(networks.problems.join(' '), false);
  required<HTMLFormElement>(root, '#train-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const firstWrong = fields.checkAll();
    const checked = parsed();
    if (!checked.ok) {
      alert.showProblems(checked.messages);
      firstWrong?.focus();
      return;
    }
    start(checked.settings);
  });
  const recipe = field(root, 'recipe');
  return {
    /** The loss the form's network and recipe would train with. */
    planned: (): LossOf | undefined => {
      const shown = networks.shown();
      return shown && { classifier: classifierOf(shown.network), byRecipe: recipe.value !== 'adam' };
    },
    /** Calls `listener` after the network or the recipe changed, once the fields that follow them have. */
    changed: (listener: () => void) => {
      for (const name of ['network', 'recipe']) field(root, name).addEventListener('change', listener);
    },
  };
}
