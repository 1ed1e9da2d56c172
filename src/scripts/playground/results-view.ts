import type { MnistSet } from '../../lib/mnist/index.ts';
import { drawConfusion, drawGallery, type ConfusionCell, type GalleryDigit } from '../../lib/viz/index.ts';
import { required } from '../dom.ts';
import { digitOf, loadTestSet } from './lazy.ts';

/** Enough thumbnails to see a pattern, few enough to draw at once. */
const GALLERY_SIZE = 48;

export interface TestResult {
  readonly confusion: readonly number[];
  readonly predictions: Uint8Array;
}

/** The confusion matrix and the misread digits after an epoch; pressing a digit hands it to `onPick`. */
export function resultsView(root: ParentNode, onPick: (index: number) => void) {
  const empty = required(root, '#results-empty');
  const panel = required(root, '#results');
  const table = required<HTMLTableElement>(root, '#confusion');
  const gallery = required(root, '#gallery');
  const note = required(root, '#gallery-note');
  const heading = required(root, '#gallery-heading');
  let selected: { label: number; predicted: number } | undefined;
  let last: { result: TestResult; set: MnistSet } | undefined;

  const draw = () => {
    if (!last) return;
    const { result, set } = last;
    const matches = (label: number, predicted: number) =>
      selected ? label === selected.label && predicted === selected.predicted : label !== predicted;
    const digits: GalleryDigit[] = [];
    let found = 0;
    for (let index = 0; index < result.predictions.length; index++) {
      const label = set.labels[index]!;
      const predicted = result.predictions[index]!;
      if (!matches(label, predicted)) continue;
      found++;
      if (digits.length < GALLERY_SIZE) digits.push({ index, label, predicted, pixels: digitOf(set, index) });
    }
    const correct = selected !== undefined && selected.label === selected.predicted;
    heading.textContent = selected
      ? correct
        ? `Test digits ${selected.label} read correctly`
        : `Test digits ${selected.label} read as ${selected.predicted}`
      : 'Misread test digits';
    const what = selected ? `${selected.label}s read as ${selected.predicted}` : 'misread digits';
    note.textContent = `${found.toLocaleString('en-US')} ${what}${found > digits.length ? `, the first ${digits.length} shown` : ''}. Press one to inspect it below.`;
    drawGallery(gallery, digits, (digit) => onPick(digit.index));
    drawConfusion(table, result.confusion, select, selected);
  };
  const select = (cell: ConfusionCell) => {
    selected =
      selected?.label === cell.label && selected.predicted === cell.predicted
        ? undefined
        : { label: cell.label, predicted: cell.predicted };
    draw();
  };

  const show = (result: TestResult, set: MnistSet) => {
    last = { result, set };
    empty.hidden = true;
    panel.hidden = false;
    draw();
  };

  return {
    show,
    /** Shows `result` once the test digits are here, unless by then it is no longer `wanted`. */
    showWhenLoaded(result: TestResult, wanted: () => boolean = () => true): void {
      loadTestSet().then(
        (set) => wanted() && show(result, set),
        () => undefined,
      );
    },
    clear() {
      last = undefined;
      selected = undefined;
      empty.hidden = false;
      panel.hidden = true;
    },
  };
}
