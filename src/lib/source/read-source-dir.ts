import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readSource } from './read-source.ts';
import type { ReadSourceOptions, SourceReadResult } from './source-types.ts';

/** Source files are plain text; .md because exports from note apps and web clippers arrive as Markdown. */
const SOURCE_EXTENSION = /\.(txt|md)$/i;

/**
 * Reads every .txt and .md file of a folder (not its subfolders, nor hidden files such as
 * an editor's ".~lock.x.txt#"), one result per file,
 * in file-name order (by code point, so the order is the same on every machine). A file
 * that cannot be read becomes an error result; only a folder that cannot be listed throws.
 * Files are read one after another: a folder holds hundreds of small files, not thousands.
 */
export async function readSourceDir(dir: string, options: ReadSourceOptions = {}): Promise<SourceReadResult[]> {
  const names = (await readdir(dir)).filter((name) => SOURCE_EXTENSION.test(name) && !name.startsWith('.'));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const results: SourceReadResult[] = [];
  for (const name of names) results.push(await readSource(join(dir, name), options));
  return results;
}
