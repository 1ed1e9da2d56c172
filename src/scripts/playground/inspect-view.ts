import type { DrawingResult, Ink } from '../../lib/drawing/index.ts';
import { PROTOTYPES } from '../../lib/lenet/prototypes.ts';
import { f6Panel } from './f6-panel.ts';
import type { Inspection } from '../../lib/model/inspect.ts';
import type { Classifier } from '../../lib/model/classifier.ts';
import { inkLevelsOf, LENET_SIDE, MNIST_SIDE } from '../../lib/mnist/preprocess.ts';
import {
  drawFeatureMaps,
  drawScores,
  paintInk,
  paintTile,
  signedExtent,
  tilesOf,
  type ScoreKind,
} from '../../lib/viz/index.ts';
import { required } from '../dom.ts';

type AnswerKind = Exclude<ScoreKind, 'logit'>;

const kindOf = (classifier: Classifier): AnswerKind => (classifier === 'rbf' ? 'distance' : 'probability');

const LEGENDS: Record<AnswerKind, string> = {
  distance: 'Scores are RBF distances from F6 to each digit\u2019s prototype: the smallest is the answer.',
  probability: 'Scores are softmax probabilities: the largest is the answer.',
};

/** The preprocessing, step by step: the box around the ink, fitted, centred, and padded to the network's input. */
function stepsView(root: ParentNode) {
  const steps = {
    box: required<HTMLCanvasElement>(root, '#step-box'),
    fitted: required<HTMLCanvasElement>(root, '#step-fitted'),
    centred: required<HTMLCanvasElement>(root, '#step-centred'),
    padded: required<HTMLCanvasElement>(root, '#step-padded'),
  };
  return (ink: Ink, result: DrawingResult) => {
    paintInk(steps.box, ink.pixels, ink.width, ink.height);
    if (result.status !== 'ok') {
      for (const canvas of [steps.fitted, steps.centred, steps.padded]) {
        canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
      }
      return;
    }
    const context = steps.box.getContext('2d');
    if (context) {
      context.strokeStyle = '#d7301f';
      context.lineWidth = 4;
      context.strokeRect(result.box.x, result.box.y, result.box.width, result.box.height);
    }
    paintInk(steps.fitted, result.fitted.pixels, result.fitted.width, result.fitted.height);
    paintInk(steps.centred, result.centred.pixels, MNIST_SIDE, MNIST_SIDE);
    paintInk(steps.padded, inkLevelsOf(result.input), LENET_SIDE, LENET_SIDE);
  };
}

/** Inside the network: its feature maps, and F6 beside what the output does with it. */
function insideView(root: ParentNode) {
  const maps = required(root, '#feature-maps');
  const f6Compare = required(root, '#f6-compare');
  const f6Heading = required(root, '#f6-heading');
  const f6Note = required(root, '#f6-note');
  const prototypeFigure = required(root, '#f6-prototype-figure');
  const logitsFigure = required(root, '#f6-logits-figure');
  return (inspection: Inspection) => {
    // F6 is the layer just before the output; drawn once, beside what the output does with it.
    const f6 = inspection.maps.find((layer) => layer.name === 'F6');
    drawFeatureMaps(
      maps,
      inspection.maps.filter((layer) => layer !== f6),
    );
    const panel = f6 && f6Panel({ classifier: inspection.classifier, f6: f6.values, logits: inspection.logits });
    f6Compare.hidden = !panel;
    f6Note.textContent = panel?.note ?? '';
    if (!f6 || !panel) return;
    const [tile] = tilesOf(f6);
    f6Heading.textContent = `F6: ${f6.channels} units, drawn as a ${tile!.width}x${tile!.height} bitmap`;
    paintTile(required<HTMLCanvasElement>(root, '#f6-bitmap'), tile!, signedExtent(f6.values));
    f6Compare.dataset['digit'] = String(panel.digit);
    prototypeFigure.hidden = panel.kind !== 'prototype';
    logitsFigure.hidden = panel.kind !== 'logits';
    if (panel.kind === 'prototype') {
      const prototype = Float32Array.from(PROTOTYPES[panel.digit]!);
      paintTile(required<HTMLCanvasElement>(root, '#f6-prototype'), { ...tile!, values: prototype }, 1);
      required(root, '#f6-prototype-caption').textContent = panel.caption;
    } else {
      drawScores(required(root, '#f6-logits'), panel.logits, 'logit');
      required(root, '#f6-logits-caption').textContent = panel.caption;
    }
  };
}

export function inspectView(root: ParentNode) {
  const message = required(root, '#pad-message');
  const showSteps = stepsView(root);
  const legend = required(root, '#score-legend');
  const showInside = insideView(root);
  // On a phone the answers sit below the pad; this copy of the top answer sits on the pad's corner.
  const badge = required(root, '#pad-badge');
  const targets = {
    pretrained: { answer: required(root, '#pretrained-answer'), list: required(root, '#pretrained-scores') },
    live: { answer: required(root, '#live-answer'), list: required(root, '#live-scores') },
  };

  return {
    /** Shows the preprocessing; returns the network's input, or undefined when there is no digit to read. */
    showDrawing(ink: Ink, result: DrawingResult): Float32Array | undefined {
      showSteps(ink, result);
      if (result.status !== 'ok') {
        message.textContent = result.message;
        // An empty pad is an invitation, not a mistake.
        message.classList.toggle('pad-problem', result.status !== 'empty');
        for (const target of Object.values(targets)) {
          target.list.replaceChildren();
        }
        targets.pretrained.answer.textContent = 'No digit to read yet.';
        badge.hidden = true;
        return undefined;
      }
      message.classList.toggle('pad-problem', result.warning !== undefined);
      message.textContent = result.warning ?? 'Read as below; keep drawing or press Clear to start again.';
      return result.input;
    },
    showScores(target: keyof typeof targets, scores: ArrayLike<number>, classifier: Classifier, answer: number) {
      const kind = kindOf(classifier);
      drawScores(targets[target].list, scores, kind);
      targets[target].answer.textContent = `Answer: ${answer}`;
      if (target === 'pretrained') Object.assign(badge, { textContent: `Answer: ${answer}`, hidden: false });
      legend.textContent = LEGENDS[kind];
    },
    showLiveNote(text: string) {
      targets.live.answer.textContent = text;
      targets.live.list.replaceChildren();
    },
    showPretrainedNote(text: string) {
      targets.pretrained.answer.textContent = text;
    },
    showInside,
  };
}
