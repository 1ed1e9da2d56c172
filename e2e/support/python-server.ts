import { spawn } from 'node:child_process';

const answers = (url: string) =>
  fetch(url).then(
    () => true,
    () => false,
  );

/**
 * Serves `root` with Python's `http.server`, as the README tells a reader to: a
 * plain static server that sends no COOP, COEP or any other header of the site's.
 * Resolves to a function that switches it off.
 */
export async function servePython(root: string, port: number): Promise<() => Promise<void>> {
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(`${origin}/`)) throw new Error(`Something already serves ${origin}; stop it first.`);
  const child = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', '--directory', root, String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) =>
      reject(new Error(`python3 could not be started: ${error.message}`, { cause: error })),
    );
  });
  await spawned;
  const deadline = Date.now() + 20_000;
  while (!(await answers(`${origin}/`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`python3 -m http.server did not answer at ${origin}:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
  };
}
