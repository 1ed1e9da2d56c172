import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's python3, where apt installs python3-torch, unless PYTHON names another. */
export const PYTHON = process.env['PYTHON'] ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

export interface PytorchCase {
  readonly id: string;
  readonly code: string;
  /** Channels, height, width. */
  readonly input: readonly [number, number, number];
}

export interface PythonJob {
  readonly pytorch: readonly PytorchCase[];
  readonly keras: readonly { readonly id: string; readonly code: string }[];
  readonly roundTrips: readonly { readonly id: string; readonly code: string; readonly inputs: string }[];
}

export interface PythonResult {
  readonly torch: string;
  readonly pytorch: {
    id: string;
    error: string | null;
    trainable: number;
    shape: number[];
    macs: Record<string, number>;
  }[];
  readonly keras: { id: string; error: string | null }[];
  readonly roundTrips: { id: string; scores: number[][] }[];
}

/** A fresh folder for the files a job hands to Python. */
export const scratch = (): string => mkdtempSync(join(tmpdir(), 'lenet-oracle-'));

/** Runs oracle/run_pytorch.py on a job, in one Python process so that torch is imported once. */
export function runPython(job: PythonJob, folder: string): PythonResult {
  const jobPath = join(folder, 'job.json');
  const resultPath = join(folder, 'result.json');
  writeFileSync(jobPath, JSON.stringify(job));
  execFileSync(PYTHON, [join(import.meta.dirname, 'run_pytorch.py'), jobPath, resultPath], { stdio: 'inherit' });
  return JSON.parse(readFileSync(resultPath, 'utf8')) as PythonResult;
}
