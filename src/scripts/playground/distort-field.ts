import { required } from '../dom.ts';

/** The Adam hint names what the digits go through: shifts, or the paper's distortions when the box is ticked. */
export function followDistort(root: ParentNode): void {
  const box = required<HTMLInputElement>(root, '#train-distort');
  const apply = () => {
    required(root, '#train-shift-words').hidden = box.checked;
    required(root, '#train-distort-words').hidden = !box.checked;
  };
  box.addEventListener('change', apply);
  // A reload may bring the tick back from the browser's form memory.
  apply();
}
