import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../lenet/analyze.ts';
import { lenet5 } from '../lenet/lenet5.ts';
import { buildModel, trainableParameterCount } from '../model/build.ts';
import { tf } from '../model/tf.ts';
import { SDNN_CLASSES, SDNN_DESCRIPTION, SDNN_NETWORK, SDNN_STEP, SDNN_SWITCHES } from './sdnn-network.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('SDNN_NETWORK', () => {
  it('is LeNet-5 with the SDNN’s switches and one more output unit: 84 weights and a bias more', () => {
    const base = analyze(lenet5(SDNN_SWITCHES), { height: 32, width: 32 });
    const sdnn = analyze(SDNN_NETWORK, { height: 32, width: 32 });
    if (!base.ok || !sdnn.ok) throw new Error('LeNet-5 does not compute at 32x32');
    expect(sdnn.value.totals.trainable).toBe(base.value.totals.trainable + 84 + 1);
    // The modern port's 61,706 parameters, the flattened head at 32x32 having the same count.
    expect(sdnn.value.totals.trainable).toBe(61_706 + 85);
    const model = buildModel(SDNN_NETWORK, { height: 32, width: 32 });
    expect(trainableParameterCount(model)).toBe(sdnn.value.totals.trainable);
    expect(model.outputs[0]!.shape).toEqual([null, 1, 1, SDNN_CLASSES]);
    model.dispose();
  });

  it('gives an output every 4 columns of a wider line, as its strides multiply', () => {
    expect(SDNN_STEP).toBe(2 * 2);
    for (const extra of [0, 1, 5]) {
      const wide = analyze(SDNN_NETWORK, { height: 32, width: 32 + extra * SDNN_STEP });
      if (!wide.ok) throw new Error(wide.error.message);
      expect(wide.value.layers.at(-1)!.shape).toEqual({ channels: 11, height: 1, width: extra + 1 });
    }
  });

  it('says what it is: the convolutional head, softmax and the blank', () => {
    expect(SDNN_SWITCHES).toMatchObject({ head: 'convolutional', output: 'softmax' });
    expect(SDNN_DESCRIPTION).toContain('11 classes');
    expect(SDNN_DESCRIPTION).toContain('blank');
  });
});
