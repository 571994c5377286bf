/**
 * content/search/synonyms.yaml → Meilisearch's synonyms setting. Node only (reads the file); the
 * browser never needs the list, Meilisearch applies it to every query.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from '../paths.ts';
import { normalizeText } from '../text/normalize.ts';

const Term = z.string().trim().min(1);
export const SynonymsFile = z.strictObject({
  /** Groups whose terms find each other. */
  equivalent: z.array(z.array(Term).min(2)).default([]),
  /** term → terms it also finds (one way). */
  expands: z.record(Term, z.array(Term).min(1)).default({}),
});
export type SynonymsFile = z.output<typeof SynonymsFile>;

export const synonymsPath = (): string => join(contentDir(), 'search', 'synonyms.yaml');

export function readSynonyms(file: string = synonymsPath()): SynonymsFile {
  const parsed = SynonymsFile.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * The setting: term → the terms it also finds. Keys are normalised and lower-cased, the form
 * Meilisearch compares (it would otherwise keep "UBND" and "ubnd" as two entries).
 */
export function meiliSynonyms(file: SynonymsFile): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    const key = normalizeText(from).toLocaleLowerCase('vi');
    const value = normalizeText(to).toLocaleLowerCase('vi');
    if (key === value) return;
    const set = synonyms.get(key) ?? new Set<string>();
    synonyms.set(key, set.add(value));
  };
  for (const group of file.equivalent) for (const a of group) for (const b of group) add(a, b);
  for (const [term, targets] of Object.entries(file.expands)) for (const target of targets) add(term, target);
  return Object.fromEntries([...synonyms].map(([key, values]) => [key, [...values].sort()]));
}
