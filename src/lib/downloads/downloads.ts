/**
 * The downloads of /du-lieu, written as streams while the site is prepared (page-data/site-data.ts):
 * nothing here holds more than one directive's text at a time, so a 20,000-directive corpus (over a
 * gigabyte of JSON) costs no more memory than five. The site build feeds them a directive at a time
 * (openDownloads, a sink: corpus/sink.ts); writeDownloads does the same from an array.
 *
 * - clauses.csv.gz: one row per clause (clauses-csv.ts); directives.jsonl.gz: one directive per line,
 *   exactly as the schema defines it; the same two per province under tinh/.
 * - van-ban/<id>.json (the directive) and van-ban/<id>.txt (its text as received), per directive.
 * - clauses.csv and directives.json uncompressed, as before, while the corpus is small enough for a
 *   spreadsheet (SMALL_CORPUS).
 * - schema.json: the schema version, the columns, and every file with its size and counts.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Transform, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { drain, type DirectiveSink } from '../corpus/sink.ts';
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

/** Writes every download of `directives` under `dir` (the future /du-lieu/); returns the manifest, also written as schema.json. */
export async function writeDownloads(
  directives: readonly Directive[],
  dir: string,
  opts: { now?: Date; onFile?: (path: string) => void } = {},
): Promise<DownloadManifest> {
  return drain(openDownloads(dir, { ...opts, directives: directives.length }), directives);
}

/**
 * The downloads as a sink: each directive given to add() goes to every file it belongs in at once
 * (the whole corpus's, its province's, its own), each file a stream open from the first directive to
 * finish(). `directives` is how many will come: it decides whether the uncompressed files are written.
 */
export function openDownloads(
  dir: string,
  opts: { directives: number; now?: Date; onFile?: (path: string) => void },
): DirectiveSink<DownloadManifest> {
  const generated = (opts.now ?? new Date()).toISOString();
  const csvGz = new OutFile(dir, 'clauses.csv.gz', [clausesCsvStringifier(), createGzip()]);
  const jsonlGz = new OutFile(dir, 'directives.jsonl.gz', [createGzip()]);
  const small = opts.directives <= SMALL_CORPUS;
  const csv = small ? new OutFile(dir, 'clauses.csv', [clausesCsvStringifier()]) : undefined;
  const jsonArray = small ? new OutFile(dir, 'directives.json', []) : undefined;
  const provinces = new Map<string, { province: { id: string; name: string }; csv: OutFile; jsonl: OutFile }>();
  let made = false;

  return {
    async add(d) {
      if (!made) {
        await mkdir(join(dir, 'van-ban'), { recursive: true });
        if (jsonArray) {
          const head = JSON.stringify({
            schemaVersion: DOWNLOAD_SCHEMA_VERSION,
            documentation: '/du-lieu',
            generated,
            count: opts.directives,
          });
          await jsonArray.write(`${head.slice(0, -1)},"directives":[`);
        }
        made = true;
      }
      const json = JSON.stringify(d);
      const rows = [...clauseRows(d)];
      await csvGz.writeDirective(rows, d);
      await jsonlGz.writeDirective([`${json}\n`], d);
      await csv?.writeDirective(rows, d);
      await jsonArray?.writeDirective([`${jsonArray.directives > 0 ? ',' : ''}${json}`], d);
      if (d.province) {
        const { id, name } = d.province.value;
        let files = provinces.get(id);
        if (!files) {
          files = {
            province: { id, name },
            csv: new OutFile(dir, `tinh/${id}.csv.gz`, [clausesCsvStringifier(), createGzip()]),
            jsonl: new OutFile(dir, `tinh/${id}.jsonl.gz`, [createGzip()]),
          };
          provinces.set(id, files);
        }
        await files.csv.writeDirective(rows, d);
        await files.jsonl.writeDirective([`${json}\n`], d);
      }
      await writeFile(join(dir, 'van-ban', `${d.id}.json`), JSON.stringify(d, null, 2));
      await writeFile(join(dir, 'van-ban', `${d.id}.txt`), d.text.original);
    },

    async finish() {
      // An empty corpus still gets its (empty) files, as when they were written from an array.
      if (!made && jsonArray) {
        const head = JSON.stringify({
          schemaVersion: DOWNLOAD_SCHEMA_VERSION,
          documentation: '/du-lieu',
          generated,
          count: 0,
        });
        await jsonArray.write(`${head.slice(0, -1)},"directives":[`);
      }
      await jsonArray?.write(']}');
      const byName = [...provinces.values()].sort((a, b) => a.province.name.localeCompare(b.province.name, 'vi'));
      const order: Array<[OutFile, DownloadFile['province']?]> = [
        [csvGz],
        [jsonlGz],
        ...(csv && jsonArray ? ([[csv], [jsonArray]] as Array<[OutFile]>) : []),
        ...byName.flatMap(
          ({ province, csv: c, jsonl }): Array<[OutFile, DownloadFile['province']]> => [
            [c, province],
            [jsonl, province],
          ],
        ),
      ];
      const files: DownloadFile[] = [];
      for (const [file, province] of order) {
        files.push({ ...(await file.end()), ...(province ? { province } : {}) });
        opts.onFile?.(file.path);
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
    },
  };
}

/**
 * One download being written: its chunks go through `stages` (a CSV stringifier, gzip) to the file.
 * write() resolves once the first stage can take more, so a slow disk holds the reader back instead
 * of the chunks piling up in memory; end() resolves when the file is whole, with its size and counts.
 */
class OutFile {
  directives = 0;
  clauses = 0;
  readonly #file: string;
  readonly #head: Writable;
  readonly #done: Promise<void>;

  constructor(
    dir: string,
    readonly path: string,
    stages: Transform[],
  ) {
    const file = join(dir, path);
    this.#file = file;
    mkdirSync(dirname(file), { recursive: true });
    const out = createWriteStream(file);
    this.#head = stages[0] ?? out;
    this.#done = stages.length > 0 ? pipeline([...stages, out]) : finished(out);
    // Seen again by end(); until then a failure shows as the next write's error.
    this.#done.catch(() => {});
  }

  /** The rows (CSV) or text of one directive. */
  async writeDirective(chunks: readonly unknown[], d: Directive): Promise<void> {
    for (const chunk of chunks) await this.write(chunk);
    this.directives++;
    this.clauses += d.clauses.length;
  }

  async write(chunk: unknown): Promise<void> {
    if (this.#head.destroyed) await this.#done;
    if (!this.#head.write(chunk)) await Promise.race([once(this.#head, 'drain'), this.#done]);
  }

  async end(): Promise<Omit<DownloadFile, 'province'>> {
    this.#head.end();
    await this.#done;
    const bytes = (await stat(this.#file)).size;
    return { path: this.path, bytes, directives: this.directives, clauses: this.clauses };
  }
}
