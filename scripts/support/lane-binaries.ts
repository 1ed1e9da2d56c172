import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANE_BINARIES, type LaneBuild } from '../../src/lib/lanes/kernels.ts';

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

/** Compiles assembly/lanes.ts into `directory`, once per build: with relaxed SIMD and without. */
export async function buildLaneBinaries(directory: string): Promise<void> {
  mkdirSync(directory, { recursive: true });
  for (const build of Object.keys(LANE_BINARIES) as LaneBuild[]) {
    const { error, stderr } = await (
      await compiler()
    ).main([
      LANE_SOURCE,
      '-O3',
      '--noAssert',
      '--runtime',
      'stub',
      '--importMemory',
      '--sharedMemory',
      '--initialMemory',
      '1',
      '--maximumMemory',
      '16384',
      '--enable',
      'threads',
      ...FEATURES[build],
      '-o',
      join(directory, LANE_BINARIES[build]),
    ]);
    if (error) throw new Error(`AssemblyScript could not compile ${LANE_SOURCE}: ${stderr.toString()}`);
  }
}

/**
 * A build's bytes for Node, compiled into the cache when the source is newer than
 * it. Test files run in parallel: each compiles into a folder of its own and moves
 * the files into place, so that none reads a file another is still writing.
 */
export async function laneBinary(build: LaneBuild): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(CACHE, LANE_BINARIES[build]);
  if (!existsSync(file) || statSync(file).mtimeMs < statSync(LANE_SOURCE).mtimeMs) {
    mkdirSync(CACHE, { recursive: true });
    const own = mkdtempSync(join(CACHE, 'build-'));
    await buildLaneBinaries(own);
    for (const name of Object.values(LANE_BINARIES)) renameSync(join(own, name), join(CACHE, name));
    rmSync(own, { recursive: true });
  }
  return new Uint8Array(readFileSync(file));
}

export const SDLM_SOURCE = join(ROOT, 'assembly', 'sdlm.ts');

/** assembly/sdlm.ts compiled for Node (the paper's recipe runs only there), cached as `laneBinary` caches. */
export async function sdlmBinary(): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(CACHE, 'sdlm.wasm');
  if (!existsSync(file) || statSync(file).mtimeMs < statSync(SDLM_SOURCE).mtimeMs) {
    mkdirSync(CACHE, { recursive: true });
    const own = mkdtempSync(join(CACHE, 'build-'));
    const args = [SDLM_SOURCE, '-O3', '--noAssert', '--runtime', 'stub', '--importMemory', '--enable', 'simd'];
    args.push('-o', join(own, 'sdlm.wasm'));
    const { error, stderr } = await (await compiler()).main(args);
    if (error) throw new Error(`AssemblyScript could not compile ${SDLM_SOURCE}: ${stderr.toString()}`);
    renameSync(join(own, 'sdlm.wasm'), file);
    rmSync(own, { recursive: true });
  }
  return new Uint8Array(readFileSync(file));
}
