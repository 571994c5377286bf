/**
 * The static file server for the built site (dist/): what `chithi start`, the end-to-end tests and the
 * comparison bench serve. The site is plain files, so this is all a reader's machine needs — no Vite,
 * no Astro preview server. The serving itself is sirv's: "/van-ban/x" resolves to
 * "/van-ban/x/index.html" as a static host would, ETag and 304, Range, and the `.gz` beside a page
 * (written at the end of the build, runtime/build/precompress.ts) sent with Content-Encoding: gzip
 * to a client that accepts it. What is ours:
 *
 * - The files are listed once, when the server starts (sirv's `dev: false`): a URL is looked up in
 *   that list, never joined onto the folder, so no path — "..", "%2e%2e", "..%2f" — reaches a file
 *   outside it. A rebuilt dist/ needs a restarted server.
 * - /du-lieu/ is served as the downloads were written (lib/downloads/downloads.ts), never
 *   negotiated: with `gzip: true`, sirv would answer /du-lieu/clauses.csv with the clauses.csv.gz
 *   download beside it.
 * - A `.gz` asked for by its own name is a download: application/gzip, no Content-Encoding, so the
 *   browser saves the compressed file. sirv takes any name ending in ".gz" for an encoded copy of the
 *   name without it and says so in a header that only the response can have taken out.
 * - Text types carry charset=utf-8 (sirv adds it to HTML only): Vietnamese CSV or plain text without
 *   it is read as Latin-1 by some clients.
 * - Pages and data are revalidated on every load (a 304 while unchanged); Astro's hashed assets under
 *   /_astro/ are cached for a year.
 * - Not found answers 404 with the site's own page (dist/404.html).
 * - A file that goes away between the listing and the read ends that response, not the process
 *   (sirv pipes its read stream without an 'error' handler).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import sirv, { type Options } from 'sirv';

export interface StaticSite {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Served as they were written, whatever the client accepts. */
const DOWNLOADS_PREFIX = '/du-lieu/';

/** Astro's scripts and styles, named by a hash of their content: a changed file gets a new name. */
const HASHED_ASSETS_PREFIX = '/_astro/';
const IMMUTABLE = 'public,max-age=31536000,immutable';

const UTF8_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves `root` on 127.0.0.1; port 0 picks a free one. */
export async function serveStatic(root: string, options: { port?: number; host?: string } = {}): Promise<StaticSite> {
  const handle = siteHandler(root);
  const server = createServer(handle);
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

/** The request handler for `root`: what serveStatic listens with. */
export function siteHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void {
  const notFoundPage = readNotFoundPage(root);
  const shared: Options = {
    dev: false,
    etag: true,
    // "public,max-age=0,must-revalidate": the browser asks each time and gets a 304 while the file is
    // the same, so a rebuilt site is seen at once.
    maxAge: 0,
    setHeaders: (response, pathname) => {
      const type = UTF8_TYPES[extensionOf(pathname)];
      if (type) response.setHeader('Content-Type', type);
      if (pathname.startsWith(HASHED_ASSETS_PREFIX)) response.setHeader('Cache-Control', IMMUTABLE);
    },
    onNoMatch: (request, response) => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(request.method === 'HEAD' ? undefined : (notFoundPage ?? '404'));
    },
  };
  const pages = sirv(root, { ...shared, gzip: true });
  const downloads = sirv(root, shared);
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    // sirv pipes the file into the response; a read that fails after the headers are out can only
    // cut the connection, so the reader sees a broken download rather than a server gone.
    response.on('pipe', (source: Readable) => source.once('error', () => response.destroy()));
    const path = decodedPath(request.url ?? '/');
    if (path.endsWith('.gz')) keepGzipAsDownload(response);
    (path.startsWith(DOWNLOADS_PREFIX) ? downloads : pages)(request, response);
  };
}

/** The site's 404 page, read once; null when the site has none. */
function readNotFoundPage(root: string): Buffer | null {
  try {
    return readFileSync(join(root, '404.html'));
  } catch {
    return null;
  }
}

/**
 * Takes out the Content-Encoding sirv gives every ".gz" name and calls the file what it is (the bug
 * reported as lukeed/sirv#158; its fix, PR #161, is not released as of sirv 3.0.2). sirv
 * passes its headers to writeHead as an object, after setHeaders has run, so this is the one place
 * they can be changed.
 */
function keepGzipAsDownload(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: Record<string, unknown>) => void;
  (response as { writeHead: unknown }).writeHead = (status: number, headers?: Record<string, unknown>) => {
    if (headers && (status === 200 || status === 206)) {
      delete headers['Content-Encoding'];
      headers['Content-Type'] = 'application/gzip';
    }
    writeHead(status, headers);
    return response;
  };
}

/** The URL's path as sirv will look it up (it decodes with decodeURI too), so "/%64u-lieu/" is a download. */
function decodedPath(url: string): string {
  const pathname = url.split(/[?#]/, 1)[0] ?? '/';
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

function extensionOf(pathname: string): string {
  const dot = pathname.lastIndexOf('.');
  return dot > pathname.lastIndexOf('/') ? pathname.slice(dot) : '';
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
