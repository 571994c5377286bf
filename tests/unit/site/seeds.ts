/** The seed directives as the site receives them: parsed and tagged, as `chithi ingest` builds them. */
import { readFileSync } from 'node:fs';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import { tagDirective } from '../../../src/lib/measures/tag-directive.ts';

export const SEED_NAMES = [
  'hai-duong-2020-08-28-tbkl-ban-thuong-vu',
  'hung-yen-2021-05-08-261-cv-tu',
  'nghe-an-2021-08-07-07-ct-tu',
  'son-la-2021-ct-ubnd-thay-the-24',
  'thanh-hoa-2021-07-22-329-cv-tu',
] as const;

const cache = new Map<string, Directive>();

export function seed(name: (typeof SEED_NAMES)[number]): Directive {
  const cached = cache.get(name);
  if (cached) return structuredClone(cached);
  const file = `content/directives/${name}.txt`;
  const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
  const directive = tagDirective(parseDirective({ file, text }));
  cache.set(name, directive);
  return structuredClone(directive);
}

export const allSeeds = (): Directive[] => SEED_NAMES.map(seed);

export function clause(d: Directive, id: string) {
  const found = d.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`${d.id} has no clause ${id}`);
  return found;
}
