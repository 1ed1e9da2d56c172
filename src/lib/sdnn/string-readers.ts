import { centreIn } from '../drawing/centre.ts';
import { fitInto } from '../drawing/fit.ts';
import { FIT_SIDE } from '../drawing/preprocess-drawing.ts';
import type { NetworkSpec } from '../lenet/spec.ts';
import { MNIST_SIDE, toLenetInput } from '../mnist/preprocess.ts';
import { answerOf } from '../model/answer.ts';
import { classifierOfModel, perDigit, predictedClasses } from '../model/loss.ts';
import { tf, type tfl } from '../model/tf.ts';
import type { Line } from './compose.ts';
import { connectedComponents, type Component } from './components.ts';
import type { LineReader } from './line-reader.ts';
import type { LineReading } from './line-reading.ts';
import { positionsFor } from './line-reading.ts';
import { ReplicatedLine } from './replicated-line.ts';
import { WINDOW } from './sdnn-data.ts';
import { SDNN_STEP } from './sdnn-network.ts';
import type { StringReader } from './string-bench.ts';

/** (a) the SDNN with Section VII-A's transducer and (b) its best class per position, sharing one pass per line. */
export function sdnnReaders(reader: LineReader, characterPenalty = 0): [StringReader, StringReader] {
  const readings = new WeakMap<Line, LineReading>();
  const readingOf = (line: Line) => {
    const known = readings.get(line) ?? reader.read(line.ink, characterPenalty);
    readings.set(line, known);
    return known;
  };
  return [
    { name: 'SDNN + transducer', read: (line) => readingOf(line).interpretation.labels },
    { name: 'SDNN, best per position', read: (line) => readingOf(line).bestLabels },
  ];
}

/** A component as MNIST made its digits: its box scaled to fit 20x20, centred by mass in 28x28, then 32x32. */
function componentInput(component: Component): Float32Array {
  const box = {
    x: component.left,
    y: component.top,
    width: component.right - component.left + 1,
    height: component.bottom - component.top + 1,
  };
  return toLenetInput(centreIn(fitInto(component.ink, box, FIT_SIDE), MNIST_SIDE).field.pixels, 1);
}

/** (c) the classic pipeline: each connected piece of ink read as one digit by a single-digit LeNet-5. */
export function componentReader(model: tfl.LayersModel): StringReader {
  const classifier = classifierOfModel(model);
  return {
    name: 'connected components + LeNet-5',
    read: (line) => {
      const components = connectedComponents(line.ink);
      if (components.length === 0) return [];
      const inputs = new Float32Array(components.length * WINDOW * WINDOW);
      components.forEach((component, index) => inputs.set(componentInput(component), index * WINDOW * WINDOW));
      const classes = tf.tidy(() => {
        const x = tf.tensor4d(inputs, [components.length, WINDOW, WINDOW, 1]);
        return predictedClasses(perDigit(model.predict(x) as tf.Tensor), classifier);
      });
      const labels = Array.from(classes.dataSync());
      classes.dispose();
      return labels;
    },
  };
}

/**
 * (d) the strip's method, which cheats: a single-digit LeNet-5 (convolutional head) replicated over the
 * line, read at the position whose window is centred nearest each digit's known centre.
 */
export function knownCentresReader(model: tfl.LayersModel, network: NetworkSpec): StringReader & { dispose(): void } {
  const classifier = classifierOfModel(model);
  const replicated = new ReplicatedLine(model, network, 10);
  return {
    name: 'known centres (cheats)',
    read: (line) => {
      const outputs = replicated.outputs(line.ink);
      const positions = positionsFor(line.ink.width);
      return line.digits.map((digit) => {
        const centre = (digit.left + digit.right + 1) / 2;
        const position = Math.min(positions - 1, Math.max(0, Math.round((centre - WINDOW / 2) / SDNN_STEP)));
        return answerOf(outputs.subarray(position * 10, (position + 1) * 10), classifier);
      });
    },
    dispose: () => replicated.dispose(),
  };
}
