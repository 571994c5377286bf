import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readSource } from '../../../../src/lib/source/read-source.ts';
import type { ReadSourceOptions, SourceReadResult } from '../../../../src/lib/source/source-types.ts';

/** Source files are plain text; .md because exports from note apps and web clippers arrive as Markdown. */
const SOURCE_EXTENSION = /\.(txt|md)$/i;

/**
 * Reads every .txt and .md entry of a folder (not its subfolders, nor hidden files), one result per
 * entry, in file-name order, each through `readSource`, which refuses what it cannot read (a broken
 * link, a folder named x.txt) with a message. Only a folder that cannot be listed throws.
 *
 * A test helper, not what ingest uses: ingest lists with `listSourceDir` (src/lib/source), which
 * accounts for every entry and never hands readSource a link or anything but a regular file. The
 * source tests read a folder of odd entries with this to check readSource's own messages.
 */
export async function readSourceDir(dir: string, options: ReadSourceOptions = {}): Promise<SourceReadResult[]> {
  const names = (await readdir(dir)).filter((name) => SOURCE_EXTENSION.test(name) && !name.startsWith('.'));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const results: SourceReadResult[] = [];
  for (const name of names) results.push(await readSource(join(dir, name), options));
  return results;
}
