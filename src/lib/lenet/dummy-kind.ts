import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The folders of the project that tsc reads. */
const FOLDERS = ['src', 'scripts', 'oracle', 'e2e', 'bench'];

/** The small patch a new kind and a new activation start from: the spec's types, and the kind's own step. */
const PATCHES: readonly (readonly [file: string, find: string, replace: string])[] = [
  ['src/lib/lenet/activation.ts', "| 'softmax' | 'identity';", "| 'softmax' | 'identity' | 'softsign';"],
  [
    'src/lib/lenet/spec.ts',
    'export type Layer = InputLayer | ConvolutionLayer | SubsamplingLayer | FullLayer | OutputLayer;',
    `export interface MaxPoolLayer {
  readonly kind: 'maxpool';
  readonly name: string;
  readonly window: Size2;
  readonly activation: Activation;
}
export type Layer = InputLayer | ConvolutionLayer | SubsamplingLayer | FullLayer | OutputLayer | MaxPoolLayer;`,
  ],
  [
    'src/lib/lenet/kinds/step.ts',
    "  | { readonly op: 'flatten'; readonly name: string }",
    "  | { readonly op: 'flatten'; readonly name: string }\n  | { readonly op: 'maxpool'; readonly name: string; readonly window: Size2 }",
  ],
];

// What Astro gives the project's code (its components, import.meta.env, the content collections), which tsc alone lacks.
const SHIM = `declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
interface ImportMeta {
  readonly env: { readonly BASE_URL: string; readonly [name: string]: string | boolean | undefined };
}
`;

/**
 * The files tsc names once a dummy activation ("softsign") and a dummy kind
 * ("maxpool", with a step of its own) are added to a copy of the project.
 */
export function placesTscNames(): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'dummy-kind-'));
  try {
    for (const folder of FOLDERS) cpSync(join(ROOT, folder), join(copy, folder), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    for (const [file, find, replace] of PATCHES) {
      const text = readFileSync(join(copy, file), 'utf8');
      if (!text.includes(find)) throw new Error(`${file} no longer has the line the dummy patch changes: ${find}`);
      writeFileSync(join(copy, file), text.replace(find, replace));
    }
    writeFileSync(join(copy, 'astro-shim.d.ts'), SHIM);
    const config = {
      extends: join(ROOT, 'tsconfig.json'),
      include: [...FOLDERS.map((folder) => `${folder}/**/*`), 'astro-shim.d.ts'],
      exclude: ['node_modules', 'src/content.config.ts'],
    };
    writeFileSync(join(copy, 'tsconfig.json'), JSON.stringify(config));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(copy, 'tsconfig.json')], {
        cwd: copy,
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const files = output.split('\n').flatMap((line) => /^([^(\s]+)\(\d+,\d+\): error/.exec(line)?.[1] ?? []);
    return [...new Set(files.map((file) => relative(copy, join(copy, file))))].sort();
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
