import type { TrainingNetwork } from '../../lib/playground/networks.ts';
import { recipeNetwork, whyNotByRecipe } from '../../lib/playground/settings.ts';
import { required } from '../dom.ts';

/**
 * The recipe and the network go together: Adam's fields mean nothing to the paper's
 * recipe, so they are hidden, keeping what the reader typed; and the paper's recipe
 * offers only the networks it can train. The network shown is the one the reader
 * chose (or the address named) where the recipe can train it, and otherwise the
 * recipe's own (`recipeNetwork`), so that no pairing on the form is one click from
 * failing and a recipe chosen again brings back what it showed before.
 */
export function followRecipe(root: ParentNode, choices: readonly TrainingNetwork[]): void {
  const recipe = required<HTMLSelectElement>(root, '#train-recipe');
  const network = required<HTMLSelectElement>(root, '#train-network');
  const note = required(root, '#train-recipe-note');
  const adamOnly = Array.from(root.querySelectorAll<HTMLElement>('.adam-field'));
  const byRecipe = new Map(choices.map((choice) => [choice.key, whyNotByRecipe(choice) === undefined]));
  /** The reader's own network; undefined while the form shows the recipe's. A reload may bring either back. */
  let readerNetwork = network.value === recipeNetwork(recipe.value) ? undefined : network.value;
  /** Set while the form itself changes the network, which is then not the reader's choice. */
  let switching = false;

  const option = (key: string | undefined) =>
    Array.from(network.options).find((each) => each.value === key && !each.disabled);
  const apply = () => {
    const paper = recipe.value === 'paper' || recipe.value === 'printed';
    for (const field of adamOnly) field.hidden = paper;
    required(root, '#train-paper-hint').hidden = recipe.value !== 'paper';
    required(root, '#train-printed-hint').hidden = recipe.value !== 'printed';
    required(root, '#train-adam-hint').hidden = paper;
    for (const each of network.options) each.disabled = paper && byRecipe.get(each.value) !== true;
    const before = network.selectedOptions[0];
    const shown =
      option(readerNetwork) ??
      option(recipeNetwork(recipe.value)) ??
      Array.from(network.options).find((each) => !each.disabled);
    note.textContent = '';
    if (!shown || shown === before) return;
    switching = true;
    network.value = shown.value;
    network.dispatchEvent(new Event('change'));
    switching = false;
    if (before?.disabled)
      note.textContent = `The paper's recipe cannot train “${before.text}”, so the network is now “${shown.text}”; choose Adam to train the others.`;
  };
  recipe.addEventListener('change', apply);
  network.addEventListener('change', () => {
    // The note is about the switch just made, not about a network the reader then chose.
    if (switching) return;
    note.textContent = '';
    readerNetwork = network.value;
  });
  apply();
}
