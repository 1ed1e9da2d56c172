import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  LANE_BUILDS,
  LANE_MEMORIES,
  laneBinaryName,
  type LaneBuild,
  type LaneMemory,
  type LaneModule,
} from '../../src/lib/lanes/kernels.ts';
import { SDLM_BINARY } from '../../src/lib/sdlm/wasm-runner.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const LANE_SOURCE = join(ROOT, 'assembly', 'lanes.ts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'lanes');

/** What this script uses of AssemblyScript's compiler API. */
interface Asc {
  main(args: string[]): Promise<{ error: Error | null; stderr: { toString(): string } }>;
}

// Imported by a name held in a variable: the package's own typings declare AssemblyScript's globals
// (an Array.at that never returns undefined, for one), which would leak into this project's types.
const ASC_MODULE = 'assemblyscript/asc';
const compiler = async () => ((await import(ASC_MODULE)) as { default: Asc }).default;

const FEATURES: Record<LaneBuild, string[]> = {
  relaxed: ['--enable', 'simd', '--enable', 'relaxed-simd'],
  simd: ['--enable', 'simd'],
};

// The kernels use no atomics: the threads take turns through the control block, which
// JavaScript's Atomics handle. Only the memory's declaration differs between the two.
const MEMORY: Record<LaneMemory, string[]> = {
  shared: ['--sharedMemory', '--enable', 'threads'],
  unshared: [],
};

/** Compiles assembly/lanes.ts into `directory`, once per build and kind of memory. */
export async function buildLaneBinaries(directory: string): Promise<void> {
  mkdirSync(directory, { recursive: true });
  for (const build of LANE_BUILDS) {
    for (const memory of LANE_MEMORIES) {
      const { error, stderr } = await (
        await compiler()
      ).main([
        LANE_SOURCE,
        '-O3',
        '--noAssert',
        '--runtime',
        'stub',
        '--importMemory',
        '--initialMemory',
        '1',
        '--maximumMemory',
        '16384',
        ...MEMORY[memory],
        ...FEATURES[build],
        '-o',
        join(directory, laneBinaryName(build, memory)),
      ]);
      if (error) throw new Error(`AssemblyScript could not compile ${LANE_SOURCE}: ${stderr.toString()}`);
    }
  }
}

/**
 * `name`'s bytes from the cache, built first by `build` (into the folder it is
 * given) when `source` is newer. Test files run in parallel: each builds into a
 * folder of its own and moves the files into place, so that none reads a file
 * another is still writing.
 */
async function cached(name: string, source: string, build: (folder: string) => Promise<void>) {
  const file = join(CACHE, name);
  if (!existsSync(file) || statSync(file).mtimeMs < statSync(source).mtimeMs) {
    mkdirSync(CACHE, { recursive: true });
    const own = mkdtempSync(join(CACHE, 'build-'));
    await build(own);
    for (const built of readdirSync(own)) renameSync(join(own, built), join(CACHE, built));
    rmSync(own, { recursive: true });
  }
  return new Uint8Array(readFileSync(file));
}

/** A lane build's bytes for Node. */
export const laneBinary = (build: LaneBuild, memory: LaneMemory): Promise<Uint8Array<ArrayBuffer>> =>
  cached(laneBinaryName(build, memory), LANE_SOURCE, buildLaneBinaries);

/** A lane build compiled for Node, as `compileLanes` gives it to a page. */
export const laneModule = async (build: LaneBuild, memory: LaneMemory): Promise<LaneModule> => ({
  module: await WebAssembly.compile(await laneBinary(build, memory)),
  memory,
});

export const SDLM_SOURCE = join(ROOT, 'assembly', 'sdlm.ts');

/** assembly/sdlm.ts compiled, for Node and for the playground. */
export const sdlmBinary = (): Promise<Uint8Array<ArrayBuffer>> =>
  cached(SDLM_BINARY, SDLM_SOURCE, async (folder) => {
    const args = [SDLM_SOURCE, '-O3', '--noAssert', '--runtime', 'stub', '--importMemory', '--enable', 'simd'];
    const { error, stderr } = await (await compiler()).main([...args, '-o', join(folder, SDLM_BINARY)]);
    if (error) throw new Error(`AssemblyScript could not compile ${SDLM_SOURCE}: ${stderr.toString()}`);
  });
