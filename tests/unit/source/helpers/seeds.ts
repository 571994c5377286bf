import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The five seed directives, read-only: fixtures are excerpts or variations of them. */
const SEED_DIR = fileURLToPath(new URL('../../../../content/directives/', import.meta.url));

export const SEED_NAMES: readonly string[] = readdirSync(SEED_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

export function readSeed(name: string): string {
  return readFileSync(SEED_DIR + name, 'utf8');
}

/** Lines `from`–`to` (1-based, inclusive) of a seed, joined with "\n". */
export function seedExcerpt(name: string, from: number, to: number): string {
  return readSeed(name)
    .split('\n')
    .slice(from - 1, to)
    .join('\n');
}

/** Nghệ An's 07-CT/TU: the title, date line and first paragraph. */
export const NGHE_AN = 'nghe-an-2021-08-07-07-ct-tu.txt';
