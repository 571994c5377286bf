/** Temporary folders of directives for the ingest tests: made fresh, filled with seed copies, removed. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../../../content/directives/', import.meta.url));
export const SEEDS = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

export interface TempFolder {
  /** The folder to ingest, holding copies of the seeds asked for. */
  dir: string;
  /** A folder beside `dir` for the ingest cache, so that tests never touch .chithi/cache. */
  cache: string;
  remove: () => void;
}

export function tempFolder(prefix: string, seeds: readonly string[] = []): TempFolder {
  const root = mkdtempSync(join(tmpdir(), `chithi-${prefix}-`));
  const dir = join(root, 'directives');
  mkdirSync(dir);
  for (const seed of seeds) copyFileSync(join(SEEDS_DIR, seed), join(dir, seed));
  return { dir, cache: join(root, 'cache'), remove: () => rmSync(root, { recursive: true, force: true }) };
}
