import type { LaneKernels } from '../../src/lib/lanes/kernels.ts';

/** What a call does, in words that name the layer's shape: "correlate 10x10 from 14x14". */
function callName(name: string, args: readonly number[]): string {
  switch (name) {
    case 'correlateMaps':
      return `correlate ${args[1]} maps ${args[2]}x${args[2]} from ${args[3]}x${args[3]}${args[6]! < 0 ? ' (input gradient)' : ''}`;
    case 'kernelGradients':
      return `kernelGradients ${args[4]}x${args[4]} over ${args[3]}x${args[3]}`;
    case 'scatters':
      return `scatters ${args[3]}x${args[3]} into ${args[2]}x${args[2]}`;
    default:
      return name;
  }
}

/** The kernels with every call timed into `times` (milliseconds by call name). */
export function timedKernels(kernels: LaneKernels, times: Map<string, number>): LaneKernels {
  const timed: Record<string, unknown> = {};
  for (const [name, kernel] of Object.entries(kernels) as [string, unknown][]) {
    if (typeof kernel !== 'function') continue;
    const call = kernel as (...args: number[]) => number;
    timed[name] = (...args: number[]) => {
      const started = performance.now();
      const result = call(...args);
      const key = callName(name, args);
      times.set(key, (times.get(key) ?? 0) + performance.now() - started);
      return result;
    };
  }
  return timed as unknown as LaneKernels;
}
