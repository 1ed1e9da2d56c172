import { required } from '../dom.ts';

/**
 * Adam's fields mean nothing to the paper's recipe: they are hidden, keeping what
 * the reader typed, and the hint says what runs instead.
 */
export function followRecipe(root: ParentNode): void {
  const recipe = required<HTMLSelectElement>(root, '#train-recipe');
  const adamOnly = Array.from(root.querySelectorAll<HTMLElement>('.adam-field'));
  const apply = () => {
    const paper = recipe.value === 'paper';
    for (const field of adamOnly) field.hidden = paper;
    required(root, '#train-paper-hint').hidden = !paper;
    required(root, '#train-adam-hint').hidden = paper;
  };
  recipe.addEventListener('change', apply);
  // A reload may bring the choice back from the browser's form memory.
  apply();
}
