import { SCALED_TANH } from '../lenet/activation.ts';

/** The exports of `assembly/lanes.ts`: pointers are byte offsets into the shared memory. */
export interface LaneKernels {
  fill(target: number, count: number, value: number): void;
  interleave(target: number, source: number, size: number, first: number, count: number): void;
  correlateMaps(
    out: number,
    maps: number,
    outSide: number,
    inSide: number,
    k: number,
    table: number,
    step: number,
    biases: number,
    rowsFrom: number,
    rowsTo: number,
  ): void;
  kernelGradients(list: number, count: number, k: number, inSide: number, outSide: number): void;
  planeGradient(target: number, plane: number, count: number): void;
  scatters(list: number, count: number, inSide: number, outSide: number, k: number): void;
  reduceLanes(target: number, source: number, count: number): void;
  padPlane(target: number, source: number, side: number, margin: number): void;
  cropPlane(target: number, source: number, side: number, margin: number): void;
  subsample(
    out: number,
    input: number,
    maps: number,
    outSide: number,
    window: number,
    coefficients: number,
    biases: number,
    scale: number,
  ): void;
  subsampleBackward(
    inputDelta: number,
    coefficientGradient: number,
    biasGradient: number,
    input: number,
    delta: number,
    maps: number,
    outSide: number,
    window: number,
    coefficients: number,
    scale: number,
  ): void;
  dense(out: number, input: number, weights: number, biases: number, units: number, inputs: number): void;
  denseBackward(
    inputDelta: number,
    weightGradient: number,
    biasGradient: number,
    input: number,
    delta: number,
    weights: number,
    units: number,
    inputs: number,
  ): void;
  activate(values: number, count: number, kind: number): void;
  activationSlope(delta: number, output: number, count: number, kind: number): void;
  softmaxLoss(
    logits: number,
    gradient: number,
    labels: number,
    classes: number,
    count: number,
    scale: number,
    smoothing: number,
  ): number;
  rbf(distance: number, input: number, prototypes: number, classes: number, size: number): void;
  mapLoss(
    distance: number,
    gradient: number,
    labels: number,
    classes: number,
    count: number,
    j: number,
    scale: number,
  ): number;
  rbfBackward(
    inputDelta: number,
    gradient: number,
    input: number,
    prototypes: number,
    classes: number,
    size: number,
  ): void;
  adam(
    weights: number,
    gradients: number,
    first: number,
    second: number,
    count: number,
    rate: number,
    beta1: number,
    beta2: number,
    epsilon: number,
    firstCorrection: number,
    secondCorrection: number,
  ): void;
  accumulate(target: number, source: number, count: number): void;
  average(weights: number, averaged: number, count: number, keep: number): void;
  /** Hands over the paper's A and S, written once in src/lib/lenet/activation.ts. */
  setScaledTanh(amplitude: number, slope: number): void;
}

/** Every export of assembly/lanes.ts; a test holds each build to this list, and the type to the interface. */
export const LANE_KERNEL_NAMES = [
  'fill',
  'interleave',
  'correlateMaps',
  'kernelGradients',
  'planeGradient',
  'scatters',
  'reduceLanes',
  'padPlane',
  'cropPlane',
  'subsample',
  'subsampleBackward',
  'dense',
  'denseBackward',
  'setScaledTanh',
  'activate',
  'activationSlope',
  'softmaxLoss',
  'rbf',
  'mapLoss',
  'rbfBackward',
  'adam',
  'accumulate',
  'average',
] as const satisfies readonly (keyof LaneKernels)[];

type Unlisted = Exclude<keyof LaneKernels, (typeof LANE_KERNEL_NAMES)[number]>;
/** Fails to compile while a kernel of the interface is missing from the list. */
export const LANE_LIST_IS_COMPLETE: [Unlisted] extends [never] ? true : Unlisted = true;

/** The two builds: with relaxed SIMD's fused multiply-add where the engine has it, and without. */
export type LaneBuild = 'relaxed' | 'simd';

/**
 * Each build comes twice: importing a shared memory, which threads need and only a
 * cross-origin isolated page can make, and an unshared one, for one thread on any page.
 */
export type LaneMemory = 'shared' | 'unshared';

export const LANE_BUILDS: readonly LaneBuild[] = ['relaxed', 'simd'];
export const LANE_MEMORIES: readonly LaneMemory[] = ['shared', 'unshared'];

/** The file of a build for a kind of memory, in public/wasm/. */
export const laneBinaryName = (build: LaneBuild, memory: LaneMemory): string =>
  memory === 'shared' ? `lanes-${build}.wasm` : `lanes-${build}-unshared.wasm`;

/** A compiled build, with the kind of memory it imports. */
export interface LaneModule {
  readonly module: WebAssembly.Module;
  readonly memory: LaneMemory;
}

// (module (func (result v128) v128.const i32x4 0 0 0 0 v128.const ... f32x4.relaxed_madd)): validates only with relaxed SIMD.
const RELAXED_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 61, 1, 59, 0, 253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 253, 133, 2, 11,
]);

/** Which build this engine can run: relaxed SIMD's fused multiply-add where it validates. */
export function laneBuildFor(
  validate: (bytes: Uint8Array<ArrayBuffer>) => boolean = (bytes) => WebAssembly.validate(bytes),
): LaneBuild {
  try {
    return validate(RELAXED_PROBE) ? 'relaxed' : 'simd';
  } catch {
    return 'simd';
  }
}

/** Instantiates a compiled build on `memory`, which it shares with any other instance on the same memory. */
export async function instantiateLanes(module: WebAssembly.Module, memory: WebAssembly.Memory): Promise<LaneKernels> {
  const instance = await WebAssembly.instantiate(module, { env: { memory, abort: () => undefined } });
  const kernels = instance.exports as unknown as LaneKernels;
  kernels.setScaledTanh(SCALED_TANH.amplitude, SCALED_TANH.slope);
  return kernels;
}
