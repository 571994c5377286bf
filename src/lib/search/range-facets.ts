/**
 * Range facets on numeric parameters: "tụ tập ≤ 10 người", "cách ly ≥ 14 ngày". Each offers a few
 * bounds, nested (≤ 2 lies within ≤ 10), so a reader picks one or none: a choice, not a set of
 * checkboxes. The bounds are the numbers the directives of 2020–2022 turn on: 2 people (Chỉ thị
 * 16/CT-TTg), 10 and 20 (Chỉ thị 15/CT-TTg), 30 (Chỉ thị 19/CT-TTg); 7, 14 and 21 days of
 * quarantine.
 *
 * A bound's count is the clauses whose value lies within it, summed from the field's facet
 * distribution (one count per distinct value, and one value per clause: documents.ts keeps the
 * strictest), so one query gives every bound. Browser-safe.
 */
import type { ParameterKind } from '../directive/schema.ts';
import { parameterField, type ParameterField } from './clause-doc.ts';

/** The request fields that hold a range choice (search/request.ts): a bound, or null for none. */
export type RangeKey = 'maxGathering' | 'minQuarantine';

export interface RangeFacet {
  key: RangeKey;
  kind: ParameterKind;
  field: ParameterField;
  /** `at-most`: value ≤ bound; `at-least`: value ≥ bound. */
  direction: 'at-most' | 'at-least';
  bounds: readonly number[];
  /** The group's name on the page. */
  legend: string;
  /** A bound as the page and the active-filter list name it: "tụ tập ≤ 10 người". */
  choice: (bound: number) => string;
}

export const RANGE_FACETS: readonly RangeFacet[] = [
  {
    key: 'maxGathering',
    kind: 'max_gathering',
    field: parameterField('max_gathering'),
    direction: 'at-most',
    bounds: [2, 10, 20, 30],
    legend: 'Số người tụ tập',
    choice: (bound) => `tụ tập ≤ ${bound} người`,
  },
  {
    key: 'minQuarantine',
    kind: 'quarantine_days',
    field: parameterField('quarantine_days'),
    direction: 'at-least',
    bounds: [7, 14, 21],
    legend: 'Thời gian cách ly',
    choice: (bound) => `cách ly ≥ ${bound} ngày`,
  },
];

export const RANGE_KEYS: readonly RangeKey[] = RANGE_FACETS.map((r) => r.key);

export function rangeFacet(key: RangeKey): RangeFacet {
  return RANGE_FACETS.find((r) => r.key === key)!;
}

/** The filter for a bound: "p_max_gathering <= 10". */
export function rangeFilter(facet: RangeFacet, bound: number): string {
  return `${facet.field} ${facet.direction === 'at-most' ? '<=' : '>='} ${bound}`;
}

/** Whether a value lies within a bound. */
export function withinBound(facet: RangeFacet, value: number, bound: number): boolean {
  return facet.direction === 'at-most' ? value <= bound : value >= bound;
}

/** Bound → clauses within it, from the field's distribution (value as a string → count). */
export function boundCounts(
  facet: RangeFacet,
  distribution: Record<string, number> | undefined,
): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const bound of facet.bounds) counts[bound] = 0;
  for (const [value, count] of Object.entries(distribution ?? {})) {
    const n = Number(value);
    if (!Number.isFinite(n)) continue;
    for (const bound of facet.bounds) if (withinBound(facet, n, bound)) counts[bound]! += count;
  }
  return counts;
}
