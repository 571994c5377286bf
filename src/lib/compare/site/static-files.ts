/**
 * The comparison's static files: written when the site is built (src/pages/so-sanh/…), fetched by
 * the /so-sanh island, which never receives the corpus whole. Each view fetches only what it shows:
 *   tan-suat.json            how many passages hold each feature, in the whole corpus (weights)
 *   van-ban.json             every directive's id and name (the forms' lists; fetched on demand)
 *   van-ban/<id>.json        one directive as the comparison reads it (ComparableDirective)
 *   bien-phap/<id>.json      one measure's view, computed at build time, without its diffs
 * Shapes and addresses only: browser-safe, no I/O.
 */
import type { CorpusFrequencies } from '../alignment-index.ts';
import type { ComparableDirective } from '../comparable.ts';
import type { MeasurePlan } from '../compare-measure.ts';

export const COMPARE_DATA_ROOT = '/so-sanh';

export const frequenciesUrl = (): string => `${COMPARE_DATA_ROOT}/tan-suat.json`;
export const directiveListUrl = (): string => `${COMPARE_DATA_ROOT}/van-ban.json`;
export const directiveDataUrl = (id: string): string => `${COMPARE_DATA_ROOT}/van-ban/${encodeURIComponent(id)}.json`;
export const measureDataUrl = (id: string): string => `${COMPARE_DATA_ROOT}/bien-phap/${encodeURIComponent(id)}.json`;

/** The whole corpus's feature frequencies: what lets a few fetched directives be scored as in the full index. */
export interface FrequencyTable {
  /** Directives in the corpus. */
  directives: number;
  /** Passages in the corpus. */
  units: number;
  /** Feature key (vocabulary.ts `keys`) → passages holding it. */
  df: Record<string, number>;
}

export function frequenciesOf(table: FrequencyTable): CorpusFrequencies {
  return { units: table.units, df: (key) => table.df[key] ?? 0 };
}

/** A directive in the forms' lists. */
export interface DirectiveListEntry {
  id: string;
  /** "Nghệ An · Chỉ thị số 07-CT/TU (2021)". */
  label: string;
}

/** A measure's view as the build computed it, and the clauses it shows (to re-score on another base). */
export interface MeasureData {
  plan: MeasurePlan;
  /** Each shown clause's directive with that clause only (the base's too). */
  clauses: ComparableDirective[];
}
