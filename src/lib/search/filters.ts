/**
 * A request's facet values and dates → Meilisearch filter expressions. Values are facet ids
 * (slugs), never display names: filters compare with diacritics, so "Thanh Hoa" would not find
 * "Thanh Hóa". Within a facet the values are alternatives (OR); facets combine with AND.
 *
 * Browser-safe.
 */
import { RANGE_FACETS, rangeFilter } from './range-facets.ts';
import type { ParameterField } from './clause-doc.ts';
import type { FacetKey, SearchRequest } from './request.ts';
import type { FacetField } from './settings.ts';

/** The part of a request that narrows it; a facet left out has no values picked. */
export type FacetSelection = Partial<
  Pick<SearchRequest, FacetKey | 'from' | 'to' | 'inForce' | 'maxGathering' | 'minQuarantine'>
>;

/** What each filter expression is keyed by: a facet's field, a range facet's field, the issue dates, the day in force. */
export type FilterKey = FacetField | ParameterField | 'date' | 'inForce';

/** Which document field each facet of a request filters (the site reads its counts by it too). */
export const FIELD_OF = {
  provinces: 'province',
  regions: 'region',
  measures: 'measures',
  types: 'docType',
  issuers: 'issuer',
  years: 'year',
  months: 'month',
} as const satisfies Record<FacetKey, FacetField>;

/**
 * One expression per facet with values, keyed by field, plus the date range under "date" and the
 * day in force under "inForce": `inForceFrom <= d AND inForceTo >= d`, which a clause of unknown
 * period (both null) never meets.
 */
export function filterClauses(selection: FacetSelection): Map<FilterKey, string> {
  const clauses = new Map<FilterKey, string>();
  for (const key of Object.keys(FIELD_OF) as FacetKey[]) {
    const values = [...new Set(selection[key] ?? [])].filter((v) => v.length > 0);
    if (values.length === 0) continue;
    const field = FIELD_OF[key];
    const list = key === 'years' ? values.filter((v) => /^\d{4}$/.test(v)) : values.map((v) => JSON.stringify(v));
    if (list.length > 0) clauses.set(field, `${field} IN [${list.join(', ')}]`);
  }
  const range = [
    isoDate(selection.from) && `dateNum >= ${dateNum(selection.from!)}`,
    isoDate(selection.to) && `dateNum <= ${dateNum(selection.to!)}`,
  ].filter(Boolean);
  if (range.length > 0) clauses.set('date', range.join(' AND '));
  if (isoDate(selection.inForce)) {
    const day = dateNum(selection.inForce!);
    clauses.set('inForce', `inForceFrom <= ${day} AND inForceTo >= ${day}`);
  }
  for (const facet of RANGE_FACETS) {
    const bound = selection[facet.key];
    if (typeof bound === 'number' && Number.isFinite(bound)) clauses.set(facet.field, rangeFilter(facet, bound));
  }
  return clauses;
}

/** The clauses ANDed, optionally leaving one facet out (for that facet's own counts). */
export function combine(clauses: Map<FilterKey, string>, without?: FilterKey): string | undefined {
  const kept = [...clauses].filter(([field]) => field !== without).map(([, clause]) => `(${clause})`);
  return kept.length > 0 ? kept.join(' AND ') : undefined;
}

function isoDate(value: string | undefined): boolean {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function dateNum(iso: string): number {
  return Number(iso.replace(/-/g, ''));
}
