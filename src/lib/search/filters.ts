/**
 * A request's facet values and dates → Meilisearch filter expressions. Values are facet ids
 * (slugs), never display names: filters compare with diacritics, so "Thanh Hoa" would not find
 * "Thanh Hóa". Within a facet the values are alternatives (OR); facets combine with AND.
 *
 * Browser-safe.
 */
import type { FacetKey, SearchRequest } from './request.ts';
import type { FacetField } from './settings.ts';

/** The part of a request that narrows it; a facet left out has no values picked. */
export type FacetSelection = Partial<Pick<SearchRequest, FacetKey | 'from' | 'to'>>;

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

/** One expression per facet with values, keyed by field, plus the date range under "date". */
export function filterClauses(selection: FacetSelection): Map<FacetField | 'date', string> {
  const clauses = new Map<FacetField | 'date', string>();
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
  return clauses;
}

/** The clauses ANDed, optionally leaving one facet out (for that facet's own counts). */
export function combine(clauses: Map<FacetField | 'date', string>, without?: FacetField): string | undefined {
  const kept = [...clauses].filter(([field]) => field !== without).map(([, clause]) => `(${clause})`);
  return kept.length > 0 ? kept.join(' AND ') : undefined;
}

function isoDate(value: string | undefined): boolean {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function dateNum(iso: string): number {
  return Number(iso.replace(/-/g, ''));
}
