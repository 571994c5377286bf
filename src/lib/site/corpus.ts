/**
 * The directives the site shows: the ingested corpus without synthetic ones (those exist for scale
 * work only), in date order. Every page reads directives through here.
 *
 * CHITHI_CORPUS_DIR points the build at another corpus folder: the end-to-end tests build the site
 * from a corpus they ingest into a temporary folder, leaving .chithi/corpus/ alone.
 */
import { loadCorpus } from '../corpus/load.ts';
import type { Directive } from '../directive/schema.ts';
import { sortDate } from './describe.ts';

let cached: Directive[] | undefined;

export function siteDirectives(): Directive[] {
  if (cached) return cached;
  const dir = process.env['CHITHI_CORPUS_DIR'];
  const all = dir ? loadCorpus(dir) : loadCorpus();
  cached = sortByDate(all.filter((d) => !d.synthetic));
  return cached;
}

/** Oldest first; undated directives go where their earliest possible date puts them, else last. */
export function sortByDate(directives: readonly Directive[]): Directive[] {
  return [...directives].sort((a, b) => sortDate(a).localeCompare(sortDate(b)) || a.id.localeCompare(b.id));
}

export function findDirective(id: string): Directive | undefined {
  return siteDirectives().find((d) => d.id === id);
}
