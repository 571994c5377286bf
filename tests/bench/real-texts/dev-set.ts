/**
 * The development set of real directives (`../shared/dev/`, beside the repository): read in place,
 * never copied into the repository. Each record is one real text (`dev.jsonl`) or one real file
 * (`files.jsonl` + `files/`), with its labels (LABELS.md there says how each field is labelled).
 * Figures measured on it are fits: the parser and tagger were built looking at it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the set lives: `CHITHI_DEV_SET`, else `shared/dev` beside the repository. */
export function devSetDir(): string {
  return resolve(process.env['CHITHI_DEV_SET'] ?? join(process.cwd(), '..', 'shared', 'dev'));
}

/** A measure label: the first 60 characters of an operative passage, as it stands in the text. */
export interface ClauseLabel {
  clause: string;
  measures: string[];
}

/** One labelled record. Fields the labellers left out are `undefined`: not labelled, not "none". */
export interface DevRecord {
  /** A name for tables: the file's name, or `text-<n>` with its URL's host. */
  name: string;
  /** `text` for a record of dev.jsonl, else the format of files.jsonl ("pdf-scan", "docx"). */
  format: string;
  /** The text to ingest (dev.jsonl), or the file's absolute path (files.jsonl). */
  text?: string;
  path?: string;
  url?: string;
  province: string | null;
  doc_type: string | null;
  doc_number: string | null;
  issuer: string | null;
  date: string | null;
  implements?: string[] | null;
  covid_related?: boolean;
  clause_labels?: ClauseLabel[];
  in_force?: unknown;
  relations?: unknown;
  parameters?: unknown;
  notes?: string;
}

/** The set's records, or null (with the reason) when the folder is not there: a fresh clone has no set. */
export function readDevSet(dir = devSetDir()): { records: DevRecord[] } | { missing: string } {
  const texts = join(dir, 'dev.jsonl');
  const files = join(dir, 'files.jsonl');
  if (!existsSync(texts) && !existsSync(files)) return { missing: `no development set at ${dir}` };
  const records: DevRecord[] = [];
  if (existsSync(texts)) {
    jsonLines(texts).forEach((r, i) => {
      const host = typeof r['url'] === 'string' ? new URL(r['url']).hostname.replace(/^www\./, '') : 'text';
      records.push({ ...(r as Omit<DevRecord, 'name' | 'format'>), name: `text-${i + 1}-${host}`, format: 'text' });
    });
  }
  if (existsSync(files)) {
    for (const r of jsonLines(files)) {
      const file = String(r['file']);
      records.push({
        ...(r as Omit<DevRecord, 'name' | 'format' | 'path'>),
        name: file.replace(/^files\//, ''),
        format: String(r['format']),
        path: join(dir, file),
      });
    }
  }
  return { records };
}

function jsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
