/**
 * The downloads of /du-lieu, written as streams while the site is prepared (page-data/site-data.ts):
 * nothing here holds more than one directive's text at a time, so a 20,000-directive corpus (over a
 * gigabyte of JSON) costs no more memory than five.
 *
 * - clauses.csv.gz: one row per clause (clauses-csv.ts); directives.jsonl.gz: one directive per line,
 *   exactly as the schema defines it; the same two per province under tinh/.
 * - van-ban/<id>.json (the directive) and van-ban/<id>.txt (its text as received), per directive.
 * - clauses.csv and directives.json uncompressed, as before, while the corpus is small enough for a
 *   spreadsheet (SMALL_CORPUS).
 * - schema.json: the schema version, the columns, and every file with its size and counts.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Directive } from '../directive/schema.ts';
import { clauseRows, clausesCsvStringifier, CSV_COLUMNS } from './clauses-csv.ts';

/**
 * The version of the downloads' layout: the CSV columns, the JSON shape (src/lib/directive/schema.ts)
 * and the file names. Raised when one of them changes in a way an existing script would notice.
 */
export const DOWNLOAD_SCHEMA_VERSION = 1;

/** Up to this many directives the uncompressed clauses.csv and directives.json are published too. */
export const SMALL_CORPUS = 1_000;

export interface DownloadFile {
  /** Under /du-lieu/: "clauses.csv.gz", "tinh/thanh-hoa.jsonl.gz". */
  path: string;
  bytes: number;
  directives: number;
  clauses: number;
  /** For a per-province file. */
  province?: { id: string; name: string };
}

export interface DownloadManifest {
  schemaVersion: number;
  /** ISO timestamp of the build. */
  generated: string;
  documentation: '/du-lieu';
  csvColumns: readonly string[];
  files: DownloadFile[];
}

/** Writes every download under `dir` (the future /du-lieu/); returns the manifest, also written as schema.json. */
export async function writeDownloads(
  directives: readonly Directive[],
  dir: string,
  opts: { now?: Date; onFile?: (path: string) => void } = {},
): Promise<DownloadManifest> {
  const generated = (opts.now ?? new Date()).toISOString();
  const files: DownloadFile[] = [];
  const written = async (path: string, set: readonly Directive[], province?: DownloadFile['province']) => {
    const bytes = (await stat(join(dir, path))).size;
    const clauses = set.reduce((n, d) => n + d.clauses.length, 0);
    files.push({ path, bytes, directives: set.length, clauses, ...(province ? { province } : {}) });
    opts.onFile?.(path);
  };

  await writeCsv(directives, join(dir, 'clauses.csv.gz'), createGzip());
  await written('clauses.csv.gz', directives);
  await writeJsonLines(directives, join(dir, 'directives.jsonl.gz'));
  await written('directives.jsonl.gz', directives);
  if (directives.length <= SMALL_CORPUS) {
    await writeCsv(directives, join(dir, 'clauses.csv'));
    await written('clauses.csv', directives);
    await writeJsonArray(directives, join(dir, 'directives.json'), generated);
    await written('directives.json', directives);
  }
  for (const [province, set] of byProvince(directives)) {
    await writeCsv(set, join(dir, 'tinh', `${province.id}.csv.gz`), createGzip());
    await written(`tinh/${province.id}.csv.gz`, set, province);
    await writeJsonLines(set, join(dir, 'tinh', `${province.id}.jsonl.gz`));
    await written(`tinh/${province.id}.jsonl.gz`, set, province);
  }
  await mkdir(join(dir, 'van-ban'), { recursive: true });
  for (const d of directives) {
    await writeFile(join(dir, 'van-ban', `${d.id}.json`), JSON.stringify(d, null, 2));
    await writeFile(join(dir, 'van-ban', `${d.id}.txt`), d.text.original);
  }

  const manifest: DownloadManifest = {
    schemaVersion: DOWNLOAD_SCHEMA_VERSION,
    generated,
    documentation: '/du-lieu',
    csvColumns: CSV_COLUMNS,
    files,
  };
  await writeFile(join(dir, 'schema.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** The provinces in the order of their names, each with its directives (in the corpus's order). */
function byProvince(directives: readonly Directive[]): Array<[{ id: string; name: string }, Directive[]]> {
  const groups = new Map<string, [{ id: string; name: string }, Directive[]]>();
  for (const d of directives) {
    if (!d.province) continue;
    const { id, name } = d.province.value;
    const group = groups.get(id) ?? [{ id, name }, []];
    group[1].push(d);
    groups.set(id, group);
  }
  return [...groups.values()].sort(([a], [b]) => a.name.localeCompare(b.name, 'vi'));
}

async function writeCsv(directives: readonly Directive[], file: string, gzip?: Transform): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const rows = Readable.from(
    (function* () {
      for (const d of directives) yield* clauseRows(d);
    })(),
  );
  const out = createWriteStream(file);
  await (gzip ? pipeline(rows, clausesCsvStringifier(), gzip, out) : pipeline(rows, clausesCsvStringifier(), out));
}

async function writeJsonLines(directives: readonly Directive[], file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const lines = Readable.from(
    (function* () {
      for (const d of directives) yield `${JSON.stringify(d)}\n`;
    })(),
  );
  await pipeline(lines, createGzip(), createWriteStream(file));
}

/** directives.json as before, `{ schemaVersion, documentation, generated, count, directives: [...] }`. */
async function writeJsonArray(directives: readonly Directive[], file: string, generated: string): Promise<void> {
  const head = JSON.stringify({
    schemaVersion: DOWNLOAD_SCHEMA_VERSION,
    documentation: '/du-lieu',
    generated,
    count: directives.length,
  });
  const parts = Readable.from(
    (function* () {
      yield `${head.slice(0, -1)},"directives":[`;
      for (const [i, d] of directives.entries()) yield `${i > 0 ? ',' : ''}${JSON.stringify(d)}`;
      yield ']}';
    })(),
  );
  await pipeline(parts, createWriteStream(file));
}
