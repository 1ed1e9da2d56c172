/**
 * What the site's SDLM trainer does at the start of the paper's recipe, written out for the
 * outside oracle (oracle/sdlm_oracle.py): the recipe is run as `npm run train -- --recipe paper`
 * runs it (`runPaperRecipe` on the paper's LeNet-5), with a runner that records what it is handed
 * and what it holds (the initial weights, the digits, h_kk, the step sizes, the weights after
 * some updates) and stops the run after the last update asked for.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_PRESETS } from '../src/lib/lenet/networks/registry.ts';
import { shuffledIndices, type MnistSet } from '../src/lib/mnist/dataset.ts';
import { LENET5_PLACEMENT, MNIST_SIDE } from '../src/lib/mnist/placement.ts';
import {
  etaOf,
  runPaperRecipe,
  sdlmNetwork,
  type PaperRecipe,
  type SdlmNetwork,
  type SdlmRunnerLike,
  type SdlmSettings,
} from '../src/lib/sdlm/index.ts';
import { PYTHON } from './python.ts';

/** The site's first pass, cut short, as one runner did it. */
export interface SiteTrace {
  readonly runner: string;
  readonly recipe: PaperRecipe;
  readonly initial: Float64Array;
  readonly sampleImages: readonly Float64Array[];
  readonly sampleLabels: readonly number[];
  readonly hessian: Float64Array;
  readonly steps: Float64Array;
  readonly updateImages: readonly Float64Array[];
  readonly updateLabels: readonly number[];
  /** Each update's Eq. 9 loss, before the update. */
  readonly losses: readonly number[];
  /** The weights after n updates, for each n asked for. */
  readonly after: ReadonlyMap<number, Float64Array>;
}

class Enough extends Error {}

/** A runner that passes every call on to `inner`, keeping copies of what the oracle needs. */
class Recorder implements SdlmRunnerLike {
  initial = new Float64Array();
  sampleImages: Float64Array[] = [];
  sampleLabels: number[] = [];
  estimated = new Float64Array();
  steps = new Float64Array();
  readonly updateImages: Float64Array[] = [];
  readonly updateLabels: number[] = [];
  readonly losses: number[] = [];
  readonly after = new Map<number, Float64Array>();
  private readonly inner: SdlmRunnerLike;
  private readonly record: readonly number[];

  constructor(inner: SdlmRunnerLike, record: readonly number[]) {
    this.inner = inner;
    this.record = record;
  }

  get hessian(): Float64Array {
    return this.inner.hessian;
  }

  adopt(theta: Float64Array): Float64Array {
    this.initial = Float64Array.from(theta);
    return this.inner.adopt(theta);
  }

  pattern(...args: Parameters<SdlmRunnerLike['pattern']>): ReturnType<SdlmRunnerLike['pattern']> {
    return this.inner.pattern(...args);
  }

  estimateHessian(theta: Float64Array, images: readonly Float64Array[], labels: readonly number[]): number {
    if (this.sampleImages.length > 0) throw new Error('The recorder expected one Hessian estimate only.');
    this.sampleImages = images.map((image) => Float64Array.from(image));
    this.sampleLabels = [...labels];
    const loss = this.inner.estimateHessian(theta, images, labels);
    this.estimated = Float64Array.from(this.inner.hessian);
    return loss;
  }

  step(
    theta: Float64Array,
    image: Float64Array,
    label: number,
    steps: Float64Array,
  ): ReturnType<SdlmRunnerLike['step']> {
    if (this.updateImages.length === 0) this.steps = Float64Array.from(steps);
    this.updateImages.push(Float64Array.from(image));
    this.updateLabels.push(label);
    const result = this.inner.step(theta, image, label, steps);
    this.losses.push(result.value);
    const done = this.updateImages.length;
    if (this.record.includes(done)) this.after.set(done, Float64Array.from(theta));
    if (done === Math.max(...this.record)) throw new Enough();
    return result;
  }
}

/** The paper's LeNet-5 as the site's trainer builds it. */
export function paperNetwork(): SdlmNetwork {
  const paper = BUILT_PRESETS.find((entry) => entry.preset === 'paper')!;
  return sdlmNetwork(paper.network, paper.input);
}

/** Runs `recipe` with `makeRunner`'s runner until `Math.max(...record)` updates. */
export function siteTrace(
  runner: string,
  makeRunner: (network: SdlmNetwork, settings: SdlmSettings) => SdlmRunnerLike,
  recipe: PaperRecipe,
  train: MnistSet,
  record: readonly number[],
): SiteTrace {
  let recorder: Recorder | undefined;
  try {
    runPaperRecipe({
      network: paperNetwork(),
      placement: LENET5_PLACEMENT,
      recipe,
      train,
      test: train,
      runner: (network, settings) => (recorder = new Recorder(makeRunner(network, settings), record)),
    });
  } catch (error) {
    if (!(error instanceof Enough)) throw error;
  }
  if (!recorder || recorder.after.size !== record.length) throw new Error('The recipe stopped before its last update.');
  const { initial, sampleImages, sampleLabels, estimated, steps, updateImages, updateLabels, losses, after } = recorder;
  return {
    runner,
    recipe,
    initial,
    sampleImages,
    sampleLabels,
    hessian: estimated,
    steps,
    updateImages,
    updateLabels,
    losses,
    after,
  };
}

const doubles = (folder: string, name: string, values: Float64Array | readonly Float64Array[]): string => {
  const parts = values instanceof Float64Array ? [values] : values;
  writeFileSync(
    join(folder, name),
    Buffer.concat(parts.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength))),
  );
  return name;
};

/**
 * Writes the traces, the digits' MNIST bytes and the network's layout for run_sdlm.py; gives the job's path.
 * The traces must share their seed, patterns and digits: only the runner and eta may differ.
 */
export function writeJob(folder: string, train: MnistSet, traces: readonly SiteTrace[]): string {
  const network = paperNetwork();
  const first = traces[0]!;
  const order = shuffledIndices(train.count, first.recipe.seed).subarray(0, first.recipe.patterns);
  const sampleIndices = Array.from(order.subarray(0, first.sampleImages.length));
  const updateIndices = Array.from(order.subarray(0, first.updateImages.length));
  const pixels = MNIST_SIDE * MNIST_SIDE;
  const bytes = (indices: readonly number[]) =>
    Buffer.concat(indices.map((index) => train.images.subarray(index * pixels, (index + 1) * pixels)));
  writeFileSync(join(folder, 'sample-pixels.u8'), bytes(sampleIndices));
  writeFileSync(join(folder, 'update-pixels.u8'), bytes(updateIndices));
  const c3 = network.layers.find((layer) => layer.name.toLowerCase() === 'c3')!;
  const job = {
    recipe: first.recipe,
    parameters: network.parameters,
    layers: network.layers.map(({ name, offset, count }) => ({ name, offset, count })),
    c3Links: c3.shape.kind === 'convolution' ? c3.shape.links : null,
    prototypes: { classes: network.classes, values: Array.from(network.prototypes) },
    sampleIndices,
    updateIndices,
    sampleMnistLabels: sampleIndices.map((index) => train.labels[index]!),
    updateMnistLabels: updateIndices.map((index) => train.labels[index]!),
    samplePixels: 'sample-pixels.u8',
    updatePixels: 'update-pixels.u8',
    runners: traces.map((trace, index) => {
      const name = (what: string) => `${index}-${what}.f64`;
      return {
        name: trace.runner,
        etaScale: trace.recipe.etaScale,
        // As run.ts writes it: the first pass's eta, scaled, to six significant digits.
        eta: Number((etaOf(0) * trace.recipe.etaScale).toPrecision(6)),
        sampleLabels: trace.sampleLabels,
        updateLabels: trace.updateLabels,
        losses: trace.losses,
        initial: doubles(folder, name('initial'), trace.initial),
        hessian: doubles(folder, name('hessian'), trace.hessian),
        steps: doubles(folder, name('steps'), trace.steps),
        sampleImages: doubles(folder, name('sample-images'), trace.sampleImages),
        updateImages: doubles(folder, name('update-images'), trace.updateImages),
        after: Object.fromEntries(
          [...trace.after].map(([n, theta]) => [n, doubles(folder, name(`after-${n}`), theta)]),
        ),
      };
    }),
  };
  const path = join(folder, 'sdlm-job.json');
  writeFileSync(path, JSON.stringify(job));
  return path;
}

/** Relative differences, each max |oracle - site| / max |site| over one tensor (a layer's weights or biases). */
export interface Gaps {
  readonly worst: number;
  readonly tensors: Record<string, number>;
  /** max over parameters of |oracle - site| / |site|: stricter, reported but not the measure. */
  readonly elementwise: number;
}

export interface RunnerComparison {
  readonly name: string;
  readonly eta: number;
  readonly inputs: number;
  readonly labels: boolean;
  readonly c3MatchesTableI: boolean;
  readonly scheduleMatches: boolean;
  /** Per tensor, max |theta_0| / (2.4 / F), F counting the bias: at most 1 if the site's weights start in range. */
  readonly initialRange: Record<string, number>;
  readonly losses: number;
  readonly hessian: Gaps;
  readonly steps: Gaps;
  readonly after: Record<string, { readonly parameters: Gaps; readonly change: Gaps }>;
}

export interface SdlmOracleResult {
  readonly torch: string;
  readonly seconds: Record<string, number>;
  readonly checks: {
    readonly 'gradient vs autograd': number;
    readonly 'F6 loss derivatives vs autograd': { gradient: number; curvature: number };
    readonly 'layer recursion vs autograd Jacobians': Record<string, number>;
    readonly 'layer recursion vs autograd Jacobians, subsampling as one window sum': Record<string, number>;
    readonly 'gradient vs autograd on LeNet-5, real digits': number;
    readonly 'tree network': Record<string, number>;
  };
  readonly runners: readonly RunnerComparison[];
  /** The site's runners against each other at the same eta: how far rounding alone carries the weights. */
  readonly betweenRunners: readonly {
    readonly runners: readonly string[];
    readonly etaScale: number;
    readonly updates: number;
    readonly parameters: number;
    readonly change: number;
  }[];
}

/** Runs oracle/run_sdlm.py on a job; its checks, and its comparison with each runner. */
export function runSdlmOracle(jobPath: string, folder: string): SdlmOracleResult {
  const resultPath = join(folder, 'sdlm-result.json');
  // -B: no __pycache__ beside the oracle's modules.
  execFileSync(PYTHON, ['-B', join(import.meta.dirname, 'run_sdlm.py'), jobPath, resultPath], { stdio: 'inherit' });
  return JSON.parse(readFileSync(resultPath, 'utf8')) as SdlmOracleResult;
}
