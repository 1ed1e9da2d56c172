import { beforeAll, describe, expect, it } from 'vitest';
import { laneModule, sdlmBinary } from '../../../scripts/support/lane-binaries.ts';
import { POINTWISE } from '../forward/activate.ts';
import { scaledTanh } from '../lenet/activation.ts';
import { SDLM_KERNEL_NAMES } from '../sdlm/sdlm-kernels.ts';
import { ACTIVATION_CODE } from './activation-code.ts';
import { instantiateLanes, LANE_BUILDS, LANE_KERNEL_NAMES, LANE_MEMORIES, type LaneKernels } from './kernels.ts';

const functionsOf = (module: WebAssembly.Module) =>
  WebAssembly.Module.exports(module)
    .filter((entry) => entry.kind === 'function')
    .map((entry) => entry.name)
    .sort();

const SUMS = [-3, -1, -0.25, 0, 0.5, 2];

let kernels: LaneKernels;
let memory: WebAssembly.Memory;
beforeAll(async () => {
  memory = new WebAssembly.Memory({ initial: 1, maximum: 1 });
  kernels = await instantiateLanes((await laneModule('simd', 'unshared')).module, memory);
});

/** Each sum four times, one lane vector each, at byte 0; `count` vectors. */
const writeSums = () => {
  const floats = new Float32Array(memory.buffer, 0, SUMS.length * 4);
  SUMS.forEach((sum, i) => floats.fill(sum, i * 4, i * 4 + 4));
  return floats;
};

describe('assembly/lanes.ts against the TypeScript tables', () => {
  it.each(LANE_BUILDS.flatMap((build) => LANE_MEMORIES.map((memoryKind) => [build, memoryKind] as const)))(
    'the %s build on %s memory exports exactly the kernels LaneKernels lists',
    async (build, memoryKind) => {
      expect(functionsOf((await laneModule(build, memoryKind)).module)).toEqual([...LANE_KERNEL_NAMES].sort());
    },
  );

  it.each(Object.entries(ACTIVATION_CODE))(
    'code %s applies that activation, as the forward pass does',
    (name, code) => {
      const floats = writeSums();
      kernels.activate(0, SUMS.length, code);
      const f = POINTWISE[name as keyof typeof ACTIVATION_CODE];
      SUMS.forEach((sum, i) => expect(floats[i * 4]).toBeCloseTo(f(sum), 4));
    },
  );

  it("reads the paper's A and S from the TypeScript side", () => {
    const floats = writeSums();
    kernels.activate(0, SUMS.length, ACTIVATION_CODE['scaled-tanh']);
    expect(floats[SUMS.indexOf(2) * 4]).toBeCloseTo(scaledTanh(2), 4);
  });

  it('traps on a code no activation has, instead of running another activation', () => {
    const unknown = Math.max(...Object.values(ACTIVATION_CODE)) + 1;
    writeSums();
    expect(() => kernels.activate(0, SUMS.length, unknown)).toThrow(WebAssembly.RuntimeError);
    expect(() => kernels.activationSlope(0, 0, SUMS.length, unknown)).toThrow(WebAssembly.RuntimeError);
    expect(() => kernels.activationSlope(0, 0, SUMS.length, -1)).toThrow(WebAssembly.RuntimeError);
  });
});

describe('assembly/sdlm.ts against the TypeScript tables', () => {
  it('exports exactly the kernels SdlmKernels lists', async () => {
    expect(functionsOf(await WebAssembly.compile(await sdlmBinary()))).toEqual([...SDLM_KERNEL_NAMES].sort());
  });
});
