/**
 * The corpus file, .chithi/corpus/directives.jsonl, written by `chithi ingest` (and `chithi synthetic`)
 * through writeCorpusFile, read through load.ts. JSON Lines: a header line
 * `{"schemaVersion":4,"count":N}`, then one directive per line. One document would not do: at 20,000
 * directives the corpus is over a gigabyte, more than Node can hold as one string (`readFileSync(…,
 * 'utf8')` and `JSON.stringify` both fail there), so it is written as a stream and read line by line.
 * The version says which `Directive` schema the directives were checked against when written, so that a
 * corpus written by an older chithi is refused with advice instead of being misread.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Directive } from '../directive/schema.ts';

/**
 * The version of the corpus file: bump it when a change to the `Directive` schema
 * (src/lib/directive/schema.ts) makes older corpus files invalid (a new required field, a renamed
 * one). Version 0 is the unversioned array chithi wrote first, 1 the `{ schemaVersion, directives }`
 * document in directives.json, 2 the JSON Lines file, 3 adds the stored presentation facts (each
 * clause's `label`, the directive's `documentName`, `issuerName` and `citation`: directive/naming.ts), 4 the
 * periods in force, relations and numeric parameters (`inForce`, `relations`, clause `parameters`).
 */
export const CORPUS_SCHEMA_VERSION = 4;

export const CORPUS_FILE = 'directives.jsonl';
/** Where versions 0 and 1 were written: found instead of CORPUS_FILE, it is refused with advice. */
export const LEGACY_CORPUS_FILE = 'directives.json';

/** The first line of the file. `count` lets a reader tell a file cut short from a whole one. */
export interface CorpusHeader {
  schemaVersion: number;
  count: number;
}

/** The lines of a corpus file, without their newlines: the header, then one directive each. */
export function* corpusLines(directives: readonly Directive[]): Generator<string> {
  yield JSON.stringify({ schemaVersion: CORPUS_SCHEMA_VERSION, count: directives.length } satisfies CorpusHeader);
  for (const directive of directives) yield JSON.stringify(directive);
}

/**
 * Writes `directives` as the corpus file of `dir` (created if need be), one line at a time so that no
 * string ever holds the whole corpus; returns the file's path. The one writer of corpus files. It
 * writes beside the file and renames at the end, so a reader (`chithi index`, a site build) sees the
 * old corpus or the new one, never half of one.
 */
export async function writeCorpusFile(directives: readonly Directive[], dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, CORPUS_FILE);
  const partial = `${file}.${process.pid}.partial`;
  const out = createWriteStream(partial);
  // `once` rejects when the stream emits 'error' while it waits, and the loop only yields there.
  try {
    for (const line of corpusLines(directives)) {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    await rename(partial, file);
  } finally {
    out.destroy();
    await rm(partial, { force: true });
  }
  return file;
}
