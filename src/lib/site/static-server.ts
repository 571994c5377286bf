/**
 * A small static file server for the built site (dist/): what `chithi start` and the end-to-end
 * tests serve. The site is plain files, so this is all a reader's machine needs — no Vite, no
 * Astro preview server. Resolves "/van-ban/x" to "/van-ban/x/index.html" as a static host would,
 * answers 404 with the site's own 404 page, and never serves a file outside the root.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticSite {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1; port 0 picks a free one. */
export async function serveStatic(root: string, options: { port?: number; host?: string } = {}): Promise<StaticSite> {
  const server = createServer((request, response) => {
    void respond(root, request.url ?? '/', request.method ?? 'GET', response);
  });
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function respond(
  root: string,
  url: string,
  method: string,
  response: import('node:http').ServerResponse,
): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = await findFile(root, url);
  if (!file) {
    const notFound = await findFile(root, '/404.html');
    response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'] ?? 'text/html' });
    if (notFound && method === 'GET') createReadStream(notFound).pipe(response);
    else response.end('404');
    return;
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  if (method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/** The file a URL path names, or null; ".." and encoded tricks cannot leave `root`. */
export async function findFile(root: string, url: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const candidate = normalize(join(base, path));
  if (!candidate.startsWith(base) && `${candidate}${sep}` !== base) return null;
  for (const file of [candidate, join(candidate, 'index.html'), `${candidate}.html`]) {
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
  }
  return null;
}
