import type { TrainingNetwork } from '../../lib/playground/networks.ts';
import { whyNotByRecipe } from '../../lib/playground/settings.ts';
import { required } from '../dom.ts';

/**
 * The recipe and the network go together: Adam's fields mean nothing to the paper's
 * recipe, so they are hidden, keeping what the reader typed; and the paper's recipe
 * offers only the networks it can train, choosing one of them when the network
 * chosen is not, so that no pairing on the form is one click from failing.
 */
export function followRecipe(root: ParentNode, choices: readonly TrainingNetwork[]): void {
  const recipe = required<HTMLSelectElement>(root, '#train-recipe');
  const network = required<HTMLSelectElement>(root, '#train-network');
  const note = required(root, '#train-recipe-note');
  const adamOnly = Array.from(root.querySelectorAll<HTMLElement>('.adam-field'));
  const byRecipe = new Map(choices.map((choice) => [choice.key, whyNotByRecipe(choice) === undefined]));
  const apply = () => {
    const paper = recipe.value === 'paper' || recipe.value === 'printed';
    for (const field of adamOnly) field.hidden = paper;
    required(root, '#train-paper-hint').hidden = recipe.value !== 'paper';
    required(root, '#train-printed-hint').hidden = recipe.value !== 'printed';
    required(root, '#train-adam-hint').hidden = paper;
    for (const option of network.options) option.disabled = paper && byRecipe.get(option.value) !== true;
    if (!paper) note.textContent = '';
    const before = network.selectedOptions[0];
    if (!paper || !before?.disabled) return;
    const trainable = Array.from(network.options).find((option) => !option.disabled);
    if (!trainable) return;
    network.value = trainable.value;
    network.dispatchEvent(new Event('change'));
    note.textContent = `The paper's recipe cannot train “${before.text}”, so the network is now “${trainable.text}”; choose Adam to train the others.`;
  };
  recipe.addEventListener('change', apply);
  // The note is about the switch just made, not about a network the reader then chose.
  network.addEventListener('change', () => (note.textContent = ''));
  // A reload may bring the choice back from the browser's form memory.
  apply();
}
