import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { laneModule } from '../../../scripts/support/lane-binaries.ts';
import { preset, TUTORIAL_LENET5 } from '../lenet/lenet5.ts';
import { LENET1 } from '../lenet/networks/lenet1.ts';
import type { ConvolutionLayer, NetworkSpec } from '../lenet/spec.ts';
import { batchOf, seededRandom } from '../mnist/index.ts';
import { LENET5_PLACEMENT, type Placement } from '../mnist/placement.ts';
import { buildModel } from '../model/build.ts';
import { classifierOf, lossFor, perDigit } from '../model/loss.ts';
import { namedWeights } from '../model/named-weights.ts';
import { realMnist } from '../model/test-support.ts';
import { tf } from '../model/tf.ts';
import { predictSet, accuracyOf } from '../model/predict.ts';
import { LaneEngine } from './engine.ts';
import { LaneTrainer } from './lane-trainer.ts';
import { LANE_BUILDS, LANE_MEMORIES, laneBuildFor } from './kernels.ts';
import { lanePlan, type LanePlan } from './plan.ts';
import { laneRefusalInWords } from './refusal-words.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const digits = realMnist('test', 64);

const withActivation = (network: NetworkSpec, activation: 'relu' | 'sigmoid' | 'tanh'): NetworkSpec => ({
  ...network,
  name: `${network.name} (${activation})`,
  layers: network.layers.map((layer) =>
    layer.kind === 'convolution' || layer.kind === 'full' ? { ...layer, activation } : layer,
  ) as unknown as NetworkSpec['layers'],
});

const LENET1_PLACEMENT: Placement = { input: { height: 28, width: 28 }, digitBox: 16 };

/**
 * Two zero-padded convolutions of random shapes on a random square input, then a softmax over
 * them flattened: the second passes its gradient down through its padding, by correlation where
 * its output is large beside its input and by scattering where it is small.
 */
function paddedConvolutions(seed: number, padding: 1 | 2): [string, NetworkSpec, Placement] {
  const random = seededRandom(seed);
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;
  const side = pick([10, 12, 14]);
  const convolution = (name: string, maps: number, kernel: number): ConvolutionLayer => ({
    kind: 'convolution',
    name,
    maps,
    kernel: { height: kernel, width: kernel },
    stride: 1,
    padding,
    connections: { type: 'full' },
    activation: pick(['tanh', 'relu', 'sigmoid', 'scaled-tanh'] as const),
  });
  const first = convolution('C1', pick([2, 3]), pick([3, 5]));
  const second = convolution('C2', pick([2, 4]), pick([2, 3, 5, 7]));
  const network: NetworkSpec = {
    name: `padded by ${padding}, seed ${seed}`,
    layers: [
      { kind: 'input', name: 'INPUT', channels: 1 },
      first,
      second,
      {
        kind: 'output',
        name: 'OUT',
        units: 10,
        scope: 'flattened',
        classifier: { type: 'softmax' },
        activation: 'softmax',
      },
    ],
  };
  const shape = `${side}x${side} input, C1 ${first.maps}x${first.kernel.width}, C2 ${second.maps}x${second.kernel.width}`;
  return [
    `convolutions padded by ${padding} (${shape})`,
    network,
    { input: { height: side, width: side }, digitBox: side - 4 },
  ];
}

const CASES: [string, NetworkSpec, Placement][] = [
  ['the paper preset', preset('paper'), LENET5_PLACEMENT],
  ['the modern preset', preset('modern'), LENET5_PLACEMENT],
  ['LeNet-1', LENET1, LENET1_PLACEMENT],
  ['the modern preset with ReLU', withActivation(preset('modern'), 'relu'), LENET5_PLACEMENT],
  ['the paper preset with the sigmoid', withActivation(preset('paper'), 'sigmoid'), LENET5_PLACEMENT],
  ["the tutorials' port (C1 padded by 2)", TUTORIAL_LENET5.network, { input: TUTORIAL_LENET5.input, digitBox: 20 }],
  // Seeds 9 and 17 draw a C2 whose output is small beside its padded input, which scatters its gradient down.
  ...[1, 2, 9].map((seed) => paddedConvolutions(seed, 1)),
  ...[11, 12, 17].map((seed) => paddedConvolutions(seed, 2)),
];

/** tfjs's cpu backend: the loss and its gradient by name, on the same weights and digits. */
type TfjsLoss = (output: tf.Tensor2D, labels: tf.Tensor1D) => tf.Scalar;

function tfjsGradients(network: NetworkSpec, placement: Placement, count: number, lossOf?: TfjsLoss) {
  const model = buildModel(network, placement.input, { seed: 5 });
  const batch = batchOf(
    digits,
    Uint32Array.from({ length: count }, (_, i) => i),
    0,
    0,
    placement,
  );
  const loss = lossOf ?? lossFor(classifierOf(network));
  // A layer's read() hands back the tf.Variable it holds, typed only as a Tensor.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const result = tf.tidy(() => {
    const x = tf.tensor4d(batch.inputs, [count, placement.input.height, placement.input.width, 1]);
    return tf.variableGrads(
      () => loss(perDigit(model.apply(x) as tf.Tensor), tf.tensor1d(batch.labels, 'int32')),
      variables,
    );
  });
  const names = new Map(model.trainableWeights.map((weight, k) => [variables[k]!.name, weight.originalName]));
  const gradients = Object.entries(result.grads).map(([variable, gradient]) => ({
    name: names.get(variable)!,
    shape: gradient.shape,
    data: gradient.dataSync() as Float32Array,
  }));
  const value = result.value.dataSync()[0]!;
  const weights = namedWeights(model);
  tf.dispose([result.value, result.grads]);
  model.dispose();
  return { batch, value, gradients, weights };
}

/** Each weight's gradient within 1e-4 of the largest of its tfjs weight's, slot by slot. */
function expectGradientsOf(
  plan: LanePlan,
  gradients: Float32Array,
  expectedByName: readonly { readonly name: string; readonly data: Float32Array }[],
): void {
  for (const slot of plan.layers.flatMap((layer) => layer.slots)) {
    const expected = expectedByName.find((g) => g.name === slot.name)!.data;
    const scale = Math.max(...Array.from(expected, Math.abs));
    let worst = 0;
    slot.tfjsIndex.forEach((index, k) => {
      worst = Math.max(worst, Math.abs(gradients[slot.offset + k]! - expected[index]!));
    });
    expect(worst / scale, slot.name).toBeLessThan(1e-4);
  }
}

const BUILDS = LANE_BUILDS.flatMap((build) => LANE_MEMORIES.map((memory) => [build, memory] as const));

/** Each case's tfjs answer, computed once for the four builds: tfjs cpu's gradients are the slow part. */
const references = new Map<string, ReturnType<typeof tfjsGradients>>();
const referenceFor = (name: string, network: NetworkSpec, placement: Placement, count: number) => {
  const known = references.get(name) ?? tfjsGradients(network, placement, count);
  references.set(name, known);
  return known;
};

// The unshared builds are what a page without cross-origin isolation trains on.
describe.each(BUILDS)('the lane engine (%s build, %s memory)', (build, memory) => {
  it.each(CASES)(
    'gives %s the loss and gradients of tfjs cpu on real digits',
    async (name, network, placement) => {
      const planned = lanePlan(network, placement.input);
      if (!planned.ok) throw new Error(laneRefusalInWords(planned.refusal));
      const count = 10;
      const reference = referenceFor(name, network, placement, count);
      const engine = await LaneEngine.create(planned.plan, 16, await laneModule(build, memory));
      engine.setWeights(reference.weights);
      const { loss, gradients } = engine.gradients(reference.batch);
      expect(loss).toBeCloseTo(reference.value, 4);
      expectGradientsOf(planned.plan, gradients, reference.gradients);
      // Seconds, not milliseconds, on a busy two-core machine: a tfjs cpu backward pass, and the builds compiled once.
    },
    60_000,
  );
});

/** Cross-entropy against smoothed labels, written out on tfjs's probabilities: the oracle for the engine's. */
const smoothedCrossEntropy =
  (smoothing: number): TfjsLoss =>
  (probabilities, labels) =>
    tf.tidy(() => {
      const classes = probabilities.shape[1];
      const targets = tf.add(tf.mul(tf.oneHot(labels, classes), 1 - smoothing), smoothing / classes);
      return tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.log(probabilities)), 1))) as tf.Scalar;
    });

describe('label smoothing', () => {
  it('gives the modern preset the loss and gradients of tfjs on smoothed labels (0.1)', async () => {
    const network = preset('modern');
    const reference = tfjsGradients(network, LENET5_PLACEMENT, 10, smoothedCrossEntropy(0.1));
    const planned = lanePlan(network, LENET5_PLACEMENT.input);
    if (!planned.ok) throw new Error(laneRefusalInWords(planned.refusal));
    const plan = { ...planned.plan, labelSmoothing: 0.1 };
    const engine = await LaneEngine.create(plan, 16, await laneModule('simd', 'unshared'));
    engine.setWeights(reference.weights);
    const { loss, gradients } = engine.gradients(reference.batch);
    expect(loss).toBeCloseTo(reference.value, 4);
    expectGradientsOf(plan, gradients, reference.gradients);
  });
});

describe('choosing a build', () => {
  it('laneBuildFor picks relaxed SIMD where the engine validates it, and plain SIMD otherwise', () => {
    expect(laneBuildFor()).toBe('relaxed');
    expect(laneBuildFor(() => false)).toBe('simd');
    expect(
      laneBuildFor(() => {
        throw new Error('no wasm');
      }),
    ).toBe('simd');
  });
});

describe('LaneTrainer', () => {
  it('trains the modern preset on real digits to the accuracy tfjs cpu measures on its synced model', async () => {
    const train = realMnist('train', 4_800);
    const test = realMnist('test', 1_000);
    const binary = await laneModule('simd', 'unshared');
    const trainer = await LaneTrainer.create(
      { network: preset('modern'), batchSize: 48, learningRate: 0.003, seed: 2 },
      binary,
    );
    if (!trainer) throw new Error('The modern preset has no lane plan.');
    const losses: number[] = [];
    await trainer.trainEpoch(train, ({ loss }) => void losses.push(loss));
    const ours = trainer.predict(test);
    // The tfjs model, given the engine's weights, must answer as the engine does.
    const theirs = predictSet(trainer.model, test);
    expect(Array.from(ours)).toEqual(Array.from(theirs));
    expect(accuracyOf(ours, test)).toBeGreaterThan(0.85);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 3);
    trainer.dispose();
    // A real pass over 4,800 digits and a test of 1,000: seconds on a busy two-core machine, not milliseconds.
  }, 60_000);

  it('is undefined for a network the lane engine cannot run, which then trains on tfjs', async () => {
    const strided: NetworkSpec = {
      ...preset('modern'),
      layers: preset('modern').layers.map((layer) =>
        layer.name === 'S2' ? { ...layer, stride: 1 } : layer,
      ) as unknown as NetworkSpec['layers'],
    };
    const binary = await laneModule('simd', 'unshared');
    expect(
      await LaneTrainer.create({ network: strided, batchSize: 48, learningRate: 0.003, seed: 2 }, binary),
    ).toBeUndefined();
    expect(lanePlan(strided, { height: 32, width: 32 })).toEqual({
      ok: false,
      refusal: { layer: 'S2', setting: 'stride of 1', instead: "stride 2 (its window's side)" },
    });
  });
});
