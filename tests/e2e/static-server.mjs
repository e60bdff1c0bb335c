// Serves the release build (dist/) on 127.0.0.1 the way a static host would: files only, no
// rewriting, and no caching headers, so that what the service worker does is all there is.
// Hand-written (with Node's own http module) so that tests control the base path and the
// headers exactly; usage: node static-server.mjs <dir> <port> [base-path]. Tests that need a
// host of their own (to cut it off, or to deploy a new version) import `serve` instead.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serve the files of `dir` under `base` on 127.0.0.1:`port` (0: any free port). Files are
 * read on each request, so changing them is a new deployment.
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve({ dir, port = 0, base = '/' }) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    let relative = path.slice(base.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolveServing, reject) => {
    server.once('error', reject);
    server.listen(Number(port), '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}${base}`;
      resolveServing({ server, url });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = '../../dist', port = '4173', base = '/'] = process.argv.slice(2);
  const { url } = await serve({ dir, port, base });
  console.log(`serving ${resolve(dir)} at ${url}`);
}
