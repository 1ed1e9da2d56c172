import { PROTOTYPES } from '../../lib/lenet/prototypes.ts';
import type { Classifier } from '../../lib/model/classifier.ts';

/** What F6 is shown beside: what the layer after it does with F6, so that the panel agrees with the answer. */
export type F6Panel =
  | {
      /** The paper's RBF output: the fixed prototype nearest to F6, which is the answer. */
      readonly kind: 'prototype';
      readonly digit: number;
      readonly caption: string;
      readonly note: string;
    }
  | {
      /** A softmax output: the ten weighted sums of F6 (logits) that the softmax turns into the scores. */
      readonly kind: 'logits';
      readonly logits: ArrayLike<number>;
      /** The digit of the largest sum, which the softmax makes the likeliest. */
      readonly digit: number;
      readonly caption: string;
      readonly note: string;
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

/**
 * The comparison that means something for this network: the prototypes only where
 * an RBF layer measures F6 against them, the logits where a softmax reads F6.
 * Undefined when there is neither (an RBF F6 whose size is not the prototypes').
 */
export function f6Panel(reading: {
  readonly classifier: Classifier;
  readonly f6: ArrayLike<number>;
  readonly logits?: ArrayLike<number> | undefined;
}): F6Panel | undefined {
  if (reading.classifier === 'rbf') {
    if (reading.f6.length !== PROTOTYPES[0]!.length) return undefined;
    const digit = nearestPrototype(reading.f6);
    return {
      kind: 'prototype',
      digit,
      caption: `The closest prototype: ${digit}`,
      note: 'The paper\u2019s output layer measures exactly this: the distance from F6 to each fixed prototype, and the nearest is the answer.',
    };
  }
  if (!reading.logits) return undefined;
  const sums = Array.from(reading.logits);
  const largest = sums.indexOf(Math.max(...sums));
  return {
    kind: 'logits',
    logits: reading.logits,
    digit: largest,
    caption: `What F6 feeds: the output layer\u2019s ten sums (logits), largest for ${largest}`,
    note: `This network has no prototypes: its output layer weighs F6\u2019s ${reading.f6.length} values into ten sums, and the softmax turns them into the scores above, so the largest sum is the answer, ${largest}. To see F6 beside the paper\u2019s fixed prototypes, choose \u201cLeNet-5, the paper\u2019s (1998)\u201d as the Network under Train below: the pad then reads with the paper\u2019s pretrained network too.`,
  };
}
