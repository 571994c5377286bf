/**
 * The alignment index of the whole site corpus, built once per site build and shared by /so-sanh's
 * pages and data files (Astro renders them in one process). It exists only while the site is built:
 * the browser gets small files cut from it (lib/compare/site/static-files.ts), never the index.
 */
import { AlignmentIndex, computeFamilies, toComparable, type InstructionFamily } from '../../lib/compare/index.ts';
import { siteDirectives } from '../../lib/site/corpus.ts';

/** Families on a page of /so-sanh/nhom/<n>. */
export const FAMILIES_PER_PAGE = 25;

let index: AlignmentIndex | undefined;
let families: InstructionFamily[] | undefined;

export function siteCompareIndex(): AlignmentIndex {
  index ??= new AlignmentIndex(siteDirectives().map(toComparable));
  return index;
}

export function siteFamilies(): InstructionFamily[] {
  families ??= computeFamilies(siteCompareIndex());
  return families;
}
