import { describeSwitches, lenet5 } from '../lenet/lenet5.ts';
import { receptiveField } from '../lenet/receptive-field.ts';
import type { NetworkSpec, OutputLayer, Size2 } from '../lenet/spec.ts';
import type { Switches } from '../lenet/switches.ts';
import { LINE_HEIGHT } from './compose.ts';
import { BLANK_CLASS, WINDOW } from './sdnn-data.ts';

/** The ten digits and the blank. */
export const SDNN_CLASSES = BLANK_CLASS + 1;

/**
 * The SDNN's switches: the modern port's (full C3, average pooling, softmax) with the convolutional
 * head, which replication needs (F6 and the output are then applied at every position of C5, as the
 * paper's are). The output is a softmax over eleven classes, the eleventh the blank, rather than the
 * paper's RBF units: the paper's prototypes are the 7x12 bitmaps of the ten digits and it does not
 * say how it coded the blank's; a softmax needs no such choice, and its penalty for a class at a
 * position is -log of its probability, as the paper's is the RBF distance.
 */
export const SDNN_SWITCHES: Switches = { c3: 'full', subsampling: 'average', output: 'softmax', head: 'convolutional' };

/** LeNet-5 with the SDNN's switches and an eleventh output, the blank. */
export const SDNN_NETWORK: NetworkSpec = (() => {
  const base = lenet5(SDNN_SWITCHES);
  const layers = base.layers.map((layer) =>
    layer.kind === 'output' ? ({ ...layer, units: SDNN_CLASSES } satisfies OutputLayer) : layer,
  ) as unknown as NetworkSpec['layers'];
  return { name: `LeNet-5 SDNN (${describeSwitches(SDNN_SWITCHES)}, ${SDNN_CLASSES} outputs)`, layers };
})();

/** One window: the single network's input, 32x32. */
export const SDNN_INPUT: Size2 = { height: LINE_HEIGHT, width: WINDOW };

/** Columns between neighbouring output positions of the replicated network: the product of the strides, 4. */
export const SDNN_STEP = receptiveField(SDNN_NETWORK, 'Output').step;

/** What the SDNN is, in a sentence a page can show. */
export const SDNN_DESCRIPTION =
  'LeNet-5 with the modern port’s layers (every S2 map feeding every C3 map, average pooling) and the ' +
  'convolutional head, so that C5, F6 and the output run at every position of a wide input, 4 columns apart; ' +
  'its output is a softmax over 11 classes, the ten digits and a blank ("no character centred here"), in place ' +
  'of the paper’s RBF units, whose blank prototype the paper does not give. A class’s penalty at a position ' +
  'is minus the log of its probability.';
