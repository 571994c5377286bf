/**
 * Writes a gzip copy beside each text file of the built site (`page.html` → `page.html.gz`), run once
 * at the end of the build (astro.config.mjs), so the static server (runtime/serve/static-server.ts, sirv's
 * `gzip: true`) sends the compressed bytes to a client that accepts them without compressing on every
 * request. Why ahead of time rather than on the fly: the comparison's data files are read by every
 * view and never change until the next build, so compressing them once costs build seconds where
 * on-the-fly compression would cost the same CPU on every request, on the reader's machine, and would
 * need a second package. The price is disk and build time, both small: at 500 synthetic directives,
 * 1,132 files (71 MB) get 9.9 MB of copies in 1.4 s, 6 % of a 170 MB dist/ (HTML and JSON compress
 * about 7×). Gzip only, not Brotli as well: every client accepts gzip, and a second copy of every
 * page would add build time and disk for a further ~15 %.
 *
 * Left alone: files under 1 KB (the gzip header and a round trip cost more than they save), files that
 * would not get smaller, and everything under du-lieu/ — the downloads are served as they were
 * written (their .gz files are downloads, not copies; see runtime/serve/static-server.ts).
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** The endings worth compressing: text. Images and fonts are compressed already. */
export const PRECOMPRESSED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.json',
  '.js',
  '.mjs',
  '.css',
  '.csv',
  '.txt',
  '.svg',
  '.xml',
]);

/** Smaller files are sent as they are. */
export const PRECOMPRESS_MIN_BYTES = 1024;

/** Served as written, never given a compressed copy. */
const DOWNLOADS_DIR = 'du-lieu';

/**
 * zlib's default: level 9 saves another 1–2 % on HTML and JSON at two to three times the CPU, which
 * at 5,000 directives is a minute of build.
 */
const GZIP_LEVEL = 6;

/** Files compressed at once: enough to keep both cores busy, few enough to bound memory. */
const CONCURRENCY = 4;

export interface PrecompressReport {
  /** Files given a .gz copy. */
  files: number;
  /** Their size, and the size of their copies. */
  bytes: number;
  gzipBytes: number;
  ms: number;
}

/** Writes `<file>.gz` beside every eligible file under `dir`; an existing copy is replaced. */
export async function precompressSite(dir: string): Promise<PrecompressReport> {
  const started = Date.now();
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, ms: 0 };
  const queue = (await candidates(dir)).values();
  const worker = async () => {
    for (const file of queue) {
      const body = await readFile(file);
      const compressed = await gzipAsync(body, { level: GZIP_LEVEL });
      if (compressed.length >= body.length) continue;
      await writeFile(`${file}.gz`, compressed);
      report.files++;
      report.bytes += body.length;
      report.gzipBytes += compressed.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  report.ms = Date.now() - started;
  return report;
}

async function candidates(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !PRECOMPRESSED_EXTENSIONS.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    const top = relative(dir, file).split(sep)[0];
    if (top === DOWNLOADS_DIR) continue;
    if ((await stat(file)).size < PRECOMPRESS_MIN_BYTES) continue;
    files.push(file);
  }
  return files;
}
