/**
 * The version of the code and data that turn a file into a directive, as one hash: part of every
 * cache key, so that changing the parser, the measure cues or a data file re-parses everything
 * instead of serving directives the current code would not produce.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../paths.ts';

/**
 * Everything a directive depends on: the stages that build it and the data they read, the measure
 * catalogue included (its cues are the tags; content/search/ only tunes the index, not a parse).
 */
export const CODE_VERSION_INPUTS = [
  'src/lib/source',
  'src/lib/directive',
  'src/lib/measures',
  'src/lib/periods',
  'src/lib/provinces',
  'src/lib/text',
  'src/lib/ingest',
  'src/lib/paths.ts',
  'content/data',
  'content/measures.yaml',
];

let memo: string | undefined;

/** sha256 over every input file's path and bytes, in a fixed order; computed once per process. */
export function codeVersion(): string {
  return (memo ??= codeVersionOf(projectRoot()));
}

/** The same hash over the inputs as they stand under `root` (a test edits a copy and compares). */
export function codeVersionOf(root: string): string {
  const hash = createHash('sha256');
  for (const file of CODE_VERSION_INPUTS.flatMap((input) => filesUnder(join(root, input)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(path: string): string[] {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return [path]; // a single file (src/lib/paths.ts, content/measures.yaml)
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(path, e.name)) : e.isFile() ? [join(path, e.name)] : []));
}
