import type { DrawingResult, Ink } from '../../lib/drawing/index.ts';
import { PROTOTYPES } from '../../lib/lenet/prototypes.ts';
import type { Inspection } from '../../lib/model/inspect.ts';
import type { Classifier } from '../../lib/model/classifier.ts';
import { inkLevelsOf, LENET_SIDE } from '../../lib/mnist/preprocess.ts';
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

const kindOf = (classifier: Classifier): ScoreKind => (classifier === 'rbf' ? 'distance' : 'probability');

const LEGENDS: Record<ScoreKind, string> = {
  distance: 'Scores are RBF distances from F6 to each digit\u2019s prototype: the smallest is the answer.',
  probability: 'Scores are softmax probabilities: the largest is the answer.',
};

/** The prototype nearest to F6's output, by Euclidean distance, as the RBF layer measures it. */
export function nearestPrototype(f6: ArrayLike<number>): number {
  let best = 0;
  let bestDistance = Infinity;
  PROTOTYPES.forEach((prototype, digit) => {
    let distance = 0;
    for (let i = 0; i < prototype.length; i++) distance += (f6[i]! - prototype[i]!) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [digit, distance];
  });
  return best;
}

export function inspectView(root: ParentNode) {
  const message = required(root, '#pad-message');
  const steps = {
    box: required<HTMLCanvasElement>(root, '#step-box'),
    fitted: required<HTMLCanvasElement>(root, '#step-fitted'),
    centred: required<HTMLCanvasElement>(root, '#step-centred'),
    padded: required<HTMLCanvasElement>(root, '#step-padded'),
  };
  const legend = required(root, '#score-legend');
  const maps = required(root, '#feature-maps');
  const f6Compare = required(root, '#f6-compare');
  const f6Heading = required(root, '#f6-heading');
  const f6Note = required(root, '#f6-note');
  const targets = {
    pretrained: { answer: required(root, '#pretrained-answer'), list: required(root, '#pretrained-scores') },
    live: { answer: required(root, '#live-answer'), list: required(root, '#live-scores') },
  };

  const showSteps = (ink: Ink, result: DrawingResult) => {
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
    paintInk(steps.centred, result.centred.pixels, 28, 28);
    paintInk(steps.padded, inkLevelsOf(result.input), LENET_SIDE, LENET_SIDE);
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
      legend.textContent = LEGENDS[kind];
    },
    showLiveNote(text: string) {
      targets.live.answer.textContent = text;
      targets.live.list.replaceChildren();
    },
    showPretrainedNote(text: string) {
      targets.pretrained.answer.textContent = text;
    },
    showInside(inspection: Inspection) {
      const f6 = inspection.maps.find((layer) => layer.name === 'F6' && layer.channels === PROTOTYPES[0]!.length);
      // F6 is drawn once, beside the prototype it is compared with, not again among the maps.
      drawFeatureMaps(
        maps,
        inspection.maps.filter((layer) => layer !== f6),
      );
      if (!f6) return;
      f6Compare.hidden = false;
      const [tile] = tilesOf(f6);
      f6Heading.textContent = `F6: ${f6.channels} units, drawn as a ${tile!.width}x${tile!.height} bitmap`;
      paintTile(required<HTMLCanvasElement>(root, '#f6-bitmap'), tile!, signedExtent(f6.values));
      const nearest = nearestPrototype(f6.values);
      const prototype = Float32Array.from(PROTOTYPES[nearest]!);
      paintTile(required<HTMLCanvasElement>(root, '#f6-prototype'), { ...tile!, values: prototype }, 1);
      const rbf = inspection.classifier === 'rbf';
      // The modern port's F6 never learned the prototypes, so its nearest one says nothing about its answer.
      required(root, '#f6-prototype-caption').textContent = rbf
        ? `The closest prototype: ${nearest}`
        : `The paper's prototype nearest to this F6: ${nearest}, which need not be the answer`;
      f6Note.textContent = rbf
        ? 'The paper\u2019s output layer measures exactly this: the distance from F6 to each fixed prototype, and the nearest is the answer.'
        : 'The modern port has no prototypes: its F6 feeds a softmax layer and was never trained to match the paper\u2019s bitmaps, so the nearest prototype and the answer usually differ. Pick the paper network to see F6 land on its digit\u2019s prototype.';
    },
  };
}
