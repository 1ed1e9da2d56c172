import { spawn, type ChildProcess } from 'node:child_process';

export const PREVIEW_PORT = Number(process.env['PREVIEW_PORT'] ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}`;

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs} ms`);
}

const answers = (url: string) =>
  fetch(url).then(
    () => true,
    () => false,
  );

/** Serves the built site in dist/ the way `npm run preview` does. */
export async function startPreview(): Promise<() => Promise<void>> {
  // A server left running from another checkout would answer in this one's place, with its own build.
  if (await answers(`${BASE_URL}/`))
    throw new Error(
      `Something already serves ${BASE_URL}; stop it, or set PREVIEW_PORT to a free port, so that the tests read this build.`,
    );
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PREVIEW_PORT)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    await waitForServer(`${BASE_URL}/`, child, 60_000);
  } catch (error) {
    process.kill(-child.pid!, 'SIGTERM');
    throw new Error(`${(error as Error).message}\n${log}`, { cause: error });
  }
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // The server's group is already gone.
      return;
    }
    await exited;
  };
}
