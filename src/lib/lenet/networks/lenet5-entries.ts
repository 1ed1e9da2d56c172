import { lenet5, TUTORIAL_LENET5, type LeNet5Options } from '../lenet5.ts';
import { PRESETS } from '../switches.ts';
import { LENET5_INPUT_SIDE, MNIST_FIELD } from '../../paper/training.ts';
import { MNIST_AS_IS, type NetworkEntry } from './entry.ts';

const PAPER_1998 =
  'LeCun, Bottou, Bengio and Haffner, "Gradient-Based Learning Applied to Document Recognition" (1998)';

/** LeNet-5 of Section II-B; its options are the four switches (and a custom C3 table). */
export const LENET5_ENTRY: NetworkEntry<'lenet5', LeNet5Options> = {
  id: 'lenet5',
  label: 'LeNet-5 (1998)',
  source: { citation: PAPER_1998, location: 'Section II-B, Fig. 2 and Table I' },
  input: { height: LENET5_INPUT_SIDE, width: LENET5_INPUT_SIDE },
  placement: MNIST_AS_IS,
  reportedError: { percent: 0.95, source: { citation: 'LeCun et al. 1998', location: 'Section III-B and Fig. 9' } },
  presets: { paper: PRESETS.paper, modern: PRESETS.modern },
  build: lenet5,
};

/** The LeNet-5 of most tutorials: 28x28 input read directly, C1 padded by 2, sigmoid units. */
export const TUTORIAL_ENTRY: NetworkEntry<'lenet5-tutorial'> = {
  id: 'lenet5-tutorial',
  label: 'LeNet-5 as tutorials build it',
  source: { citation: 'the d2l.ai chapter and the Keras examples', location: 'their LeNet code' },
  input: TUTORIAL_LENET5.input,
  placement: {
    digitBox: MNIST_FIELD.box,
    description: `the ${MNIST_FIELD.field}x${MNIST_FIELD.field} MNIST image as it is, C1 padding it to ${LENET5_INPUT_SIDE}x${LENET5_INPUT_SIDE}`,
  },
  presets: { tutorial: {} },
  build: () => TUTORIAL_LENET5.network,
};
