import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Serves folders on loopback, cross-origin isolated so that wasm may use threads;
 * with `isolated: false`, without COOP and COEP, as a plain static host serves them.
 */
export function serveFolders(
  mounts: Record<string, string>,
  port: number,
  { isolated = true }: { isolated?: boolean } = {},
): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((mount) => path.startsWith(mount));
    // A folder's address serves its index.html, as static hosts do.
    const rest = path.slice(prefix?.length ?? 0);
    const file =
      prefix === undefined
        ? undefined
        : normalize(join(mounts[prefix]!, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file || !file.startsWith(normalize(mounts[prefix!]!)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      ...(isolated
        ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
        : {}),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
