import { laneBinaryName, laneBuildFor, type LaneMemory, type LaneModule } from './kernels.ts';

/**
 * The lane kernels compiled for this browser (with relaxed SIMD where it has it)
 * and for `memory` (shared only where the page is cross-origin isolated), from
 * `wasmPath`; undefined where the browser lacks SIMD or the file cannot be
 * fetched, so that training falls back to tfjs.
 */
export async function compileLanes(wasmPath: string, memory: LaneMemory): Promise<LaneModule | undefined> {
  try {
    const response = await fetch(`${wasmPath}${laneBinaryName(laneBuildFor(), memory)}`);
    if (!response.ok) return undefined;
    return { module: await WebAssembly.compile(await response.arrayBuffer()), memory };
  } catch {
    return undefined;
  }
}
