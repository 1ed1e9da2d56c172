import { LANE_BINARIES, laneBuildFor } from './kernels.ts';

/**
 * The lane kernels compiled for this browser (with relaxed SIMD where it has it),
 * from `wasmPath`; undefined where the browser lacks SIMD or the file cannot be
 * fetched, so that training falls back to tfjs.
 */
export async function compileLanes(wasmPath: string): Promise<WebAssembly.Module | undefined> {
  try {
    const response = await fetch(`${wasmPath}${LANE_BINARIES[laneBuildFor()]}`);
    if (!response.ok) return undefined;
    return await WebAssembly.compile(await response.arrayBuffer());
  } catch {
    return undefined;
  }
}
