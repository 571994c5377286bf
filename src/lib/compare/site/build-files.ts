/**
 * What the site build writes for the comparison (static-files.ts says where): computed once from
 * the full alignment index, in the process that prepares the site's data (lib/page-data/site-data.ts),
 * which exists only while the site is built. Astro's pages then read the finished files, so the page
 * build never holds the corpus or the index (at 20,000 directives, several gigabytes of heap).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AlignmentIndex } from '../alignment-index.ts';
import type { ComparableDirective } from '../comparable.ts';
import { planMeasure } from '../compare-measure.ts';
import { computeFamilies } from '../families.ts';
import type { ClauseRef, InstructionFamily } from '../types.ts';
import type { DirectiveListEntry, FrequencyTable, MeasureData } from './static-files.ts';

export function frequencyTable(index: AlignmentIndex): FrequencyTable {
  const keys = index.vocabulary.keys();
  const df: Record<string, number> = {};
  index.vocabulary.df.forEach((n, id) => {
    if (n > 0) df[keys[id]!] = n;
  });
  return { directives: index.directives.length, units: index.passages.length, df };
}

export function directiveList(directives: readonly ComparableDirective[]): DirectiveListEntry[] {
  return directives.map((d) => ({
    id: d.id,
    label: `${d.province ?? d.id} · ${d.title}${d.date ? ` (${d.date.slice(0, 4)})` : ''}`,
  }));
}

/** Directives named as not ordering a measure; past it they are counted (a file, not a list of thousands). */
export const MAX_ABSENT_LISTED = 100;

export function measureData(index: AlignmentIndex, measure: string): MeasureData {
  const full = planMeasure(index, measure);
  const more = full.absent.length - MAX_ABSENT_LISTED;
  const plan = more > 0 ? { ...full, absent: full.absent.slice(0, MAX_ABSENT_LISTED), moreAbsent: more } : full;
  const refs = [plan.base, ...plan.drafts.map((d) => d.clause)].filter((c): c is ClauseRef => c !== null);
  return { plan, clauses: refs.map((ref) => withOnly(index, ref)) };
}

/** The clause's directive holding that clause only. */
function withOnly(index: AlignmentIndex, ref: ClauseRef): ComparableDirective {
  const found = index.find(ref.directive.id, ref.clauseId)!;
  const { directive, clause } = index.clauses[found]!;
  return { ...index.directives[directive]!, clauses: [clause] };
}

/** Where writeCompareFiles puts the instruction families: read by the pages, not served. */
export const FAMILIES_FILE = 'families.json';

/**
 * Writes under `dir` FAMILIES_FILE for the pages that list the families, then every file the island
 * fetches, at its path under /so-sanh/ (tan-suat.json, van-ban.json, van-ban/<id>.json,
 * bien-phap/<measure>.json). Returns what it wrote, for the build's progress line.
 */
export async function writeCompareFiles(
  directives: readonly ComparableDirective[],
  measureIds: readonly string[],
  dir: string,
  onFamilies: (count: number) => void = () => {},
): Promise<{ files: number; families: number }> {
  const index = new AlignmentIndex(directives);
  await mkdir(join(dir, 'van-ban'), { recursive: true });
  await mkdir(join(dir, 'bien-phap'), { recursive: true });
  // First, and whole or not at all (a rename): the /so-sanh pages wait for this file, not for the rest.
  const families: InstructionFamily[] = computeFamilies(index);
  await writeFile(join(dir, `${FAMILIES_FILE}.part`), JSON.stringify(families));
  await rename(join(dir, `${FAMILIES_FILE}.part`), join(dir, FAMILIES_FILE));
  onFamilies(families.length);
  let files = 0;
  const write = async (path: string, value: unknown) => {
    await writeFile(join(dir, path), JSON.stringify(value));
    files++;
  };
  await write('tan-suat.json', frequencyTable(index));
  await write('van-ban.json', directiveList(directives));
  for (const d of directives) await write(`van-ban/${d.id}.json`, d);
  for (const measure of measureIds) await write(`bien-phap/${measure}.json`, measureData(index, measure));
  return { files, families: families.length };
}
