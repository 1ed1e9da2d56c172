import { classifierOf } from '../../lib/model/classifier.ts';
import type { TrainingSettings } from '../../lib/model/worker/protocol.ts';
import { lossCaption, type LossOf } from '../../lib/playground/loss-caption.ts';
import type { RunHistory } from '../../lib/playground/run-history.ts';
import { drawCurve, type CurvePoint } from '../../lib/viz/index.ts';
import { scheduleMarks } from './schedule-marks.ts';
import { required } from '../dom.ts';
import { percent } from '../readable-numbers.ts';

/** Loss points are averaged over this many reports, so the curve shows the trend rather than batch noise. */
const SMOOTHING = 8;

/**
 * The run's two curves, training loss and test accuracy, against epochs or the recipe's passes. Their captions
 * describe the run's network and recipe or, with no run, those the form would train (`planned`).
 */
export function curvesView(
  root: ParentNode,
  current: () => TrainingSettings | undefined,
  planned: () => LossOf | undefined,
) {
  const lossSvg = required<SVGSVGElement>(root, '#curve-loss');
  const accuracySvg = required<SVGSVGElement>(root, '#curve-accuracy');
  const lossCaptionLine = required(root, '#curve-loss-caption');
  // The accuracy caption says what its curve shows for Adam, and carries what it shows for the paper's recipe.
  const accuracyCaption = required(root, '#curve-accuracy-caption');
  const accuracyWords = { adam: accuracyCaption.textContent.trim(), recipe: accuracyCaption.dataset['recipe'] ?? '' };
  const shownLoss = (): LossOf | undefined => {
    const settings = current();
    return settings
      ? { classifier: classifierOf(settings.network), byRecipe: settings.recipe !== undefined }
      : planned();
  };
  const loss: CurvePoint[] = [];
  const recent: number[] = [];
  const tests: CurvePoint[] = [];

  const draw = () => {
    const recipe = current()?.recipe;
    const xLabel = recipe ? 'passes' : 'epochs';
    const shown = shownLoss();
    if (shown) lossCaptionLine.textContent = lossCaption(shown);
    accuracyCaption.textContent = shown?.byRecipe ? accuracyWords.recipe : accuracyWords.adam;
    drawCurve(lossSvg, {
      title: 'Training loss',
      points: loss,
      // The axis' ticks share the decimals its range needs; a value alone gets two below 10.
      formatY: (value, decimals) => value.toFixed(decimals ?? (value >= 10 ? 0 : 2)),
      xLabel,
      ...(recipe ? { marks: scheduleMarks(recipe) } : {}),
    });
    drawCurve(accuracySvg, {
      title: 'Test accuracy',
      points: tests,
      yDomain: [0.8, 1],
      formatY: (value) => percent(value, 0),
      xLabel,
    });
  };
  draw();

  return {
    draw,
    /** Adds a reported loss at `x`, averaged with the reports just before it. */
    addLoss(x: number, value: number): void {
      recent.push(value);
      if (recent.length > SMOOTHING) recent.shift();
      loss.push({ x, y: recent.reduce((a, b) => a + b, 0) / recent.length });
    },
    addTest(point: CurvePoint): void {
      tests.push(point);
    },
    /** Copies of the points so far, to keep with the run. */
    points: (): Pick<RunHistory, 'loss' | 'tests'> => ({ loss: [...loss], tests: [...tests] }),
    /** Forgets every point; the curves are drawn again by whoever asked. */
    clear(): void {
      loss.length = 0;
      recent.length = 0;
      tests.length = 0;
    },
    /** Takes a kept run's points as they were. */
    restore(run: Pick<RunHistory, 'loss' | 'tests'>): void {
      loss.splice(0, loss.length, ...run.loss);
      tests.splice(0, tests.length, ...run.tests);
    },
  };
}
