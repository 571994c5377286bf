/**
 * The five seed directives (content/directives/, shipped as given and never edited), the one way
 * tests read them: as raw text, as the pipeline normalises it, as excerpts, parsed and tagged one
 * by one, or ingested all together exactly as `chithi ingest` does it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDirective } from '../../src/lib/directive/parse.ts';
import type { Directive } from '../../src/lib/directive/schema.ts';
import { ingestDirectory } from '../../src/lib/ingest/ingest.ts';
import { tagDirective } from '../../src/lib/measures/tag-directive.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const SEED_DIR = fileURLToPath(new URL('../../content/directives/', import.meta.url));

/** The seeds' ids, which are their file names without ".txt". */
export const SEED_NAMES = [
  'hai-duong-2020-08-28-tbkl-ban-thuong-vu',
  'hung-yen-2021-05-08-261-cv-tu',
  'nghe-an-2021-08-07-07-ct-tu',
  'son-la-2021-ct-ubnd-thay-the-24',
  'thanh-hoa-2021-07-22-329-cv-tu',
] as const;
export type SeedName = (typeof SEED_NAMES)[number];

/** The seeds' file names, by province. */
export const SEEDS = {
  haiDuong: 'hai-duong-2020-08-28-tbkl-ban-thuong-vu.txt',
  hungYen: 'hung-yen-2021-05-08-261-cv-tu.txt',
  ngheAn: 'nghe-an-2021-08-07-07-ct-tu.txt',
  sonLa: 'son-la-2021-ct-ubnd-thay-the-24.txt',
  thanhHoa: 'thanh-hoa-2021-07-22-329-cv-tu.txt',
} as const;

/** The seeds' file names, sorted. */
export const SEED_FILES: readonly string[] = SEED_NAMES.map((name) => `${name}.txt`);

/** A seed file's bytes as UTF-8 text, untouched. */
export function readSeed(file: string): string {
  return readFileSync(SEED_DIR + file, 'utf8');
}

/** A seed file normalised as the pipeline reads it. */
export function seedText(file: string): string {
  return normalizeText(readSeed(file));
}

/** Lines `from`–`to` (1-based, inclusive) of a seed file, joined with "\n". */
export function seedExcerpt(file: string, from: number, to: number): string {
  return readSeed(file)
    .split('\n')
    .slice(from - 1, to)
    .join('\n');
}

const parsed = new Map<string, Directive>();

/** One seed parsed and tagged, as `chithi ingest` builds it (a fresh copy: tests may change it). */
export function seed(name: SeedName): Directive {
  let directive = parsed.get(name);
  if (!directive) {
    const file = `content/directives/${name}.txt`;
    directive = tagDirective(parseDirective({ file, text: readSeed(`${name}.txt`) }));
    parsed.set(name, directive);
  }
  return structuredClone(directive);
}

export const allSeeds = (): Directive[] => SEED_NAMES.map(seed);

/** Clause `id` of `d`; throws (naming both) when there is none. */
export function clause(d: Directive, id: string) {
  const found = d.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`${d.id} has no clause ${id}`);
  return found;
}

let ingested: Promise<Directive[]> | undefined;

/** All the seeds through the real ingest (read, parse, tag, in the worker pool), once per file. */
export function seedDirectives(): Promise<Directive[]> {
  ingested ??= ingestDirectory().then((result) => result.directives);
  return ingested;
}
