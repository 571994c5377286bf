/**
 * The corpus file, .chithi/corpus/directives.json: `{ schemaVersion, directives }`, written by
 * `chithi ingest` (and `chithi synthetic`), read through load.ts. The version says which `Directive`
 * schema the directives were checked against when written, so that a corpus written by an older
 * chithi is refused with advice instead of being misread.
 */
import type { Directive } from '../directive/schema.ts';

/**
 * The version of the `Directive` schema (src/lib/directive/schema.ts) the corpus follows. Bump it when
 * a change to the schema makes older corpus files invalid (a new required field, a renamed one).
 * Version 0 is the unversioned array that chithi wrote before.
 */
export const CORPUS_SCHEMA_VERSION = 1;

export const CORPUS_FILE = 'directives.json';

export interface CorpusFile {
  schemaVersion: number;
  directives: readonly Directive[];
}

export function serializeCorpus(directives: readonly Directive[]): string {
  return JSON.stringify({ schemaVersion: CORPUS_SCHEMA_VERSION, directives } satisfies CorpusFile);
}
