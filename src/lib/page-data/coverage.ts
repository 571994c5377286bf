/**
 * What the corpus covers, for the about page: how many directives, from where, from when, of
 * which kinds — computed from the corpus so the page never goes stale.
 */
import { DOC_TYPE_LABELS } from '../directive/doc-types.ts';
import type { Directive } from '../directive/schema.ts';
import { formatVietnameseDate } from '../directive/dates.ts';
import type { RunningTotal } from '../corpus/sink.ts';

export interface Coverage {
  directives: number;
  clauses: number;
  provinces: string[];
  /** Earliest and latest printed or inferred dates, as Vietnamese dates; null for an empty corpus. */
  from: string | null;
  to: string | null;
  undated: number;
  docTypes: Array<{ label: string; count: number }>;
  /** Directives with at least one inferred field, and with at least one provided one. */
  withInferred: number;
  withProvided: number;
}

const FIELDS = ['province', 'docType', 'number', 'issuer', 'date', 'subject', 'signer'] as const;

/** The coverage of `directives`, in one pass (coverageTotals). */
export function corpusCoverage(directives: Iterable<Directive>): Coverage {
  const totals = coverageTotals();
  for (const d of directives) totals.add(d);
  return totals.finish();
}

/** The coverage as a running total, a directive at a time (the site build's listings). */
export function coverageTotals(): RunningTotal<Coverage> {
  let directives = 0;
  let clauses = 0;
  let undated = 0;
  let withInferred = 0;
  let withProvided = 0;
  let first: string | undefined;
  let last: string | undefined;
  const provinces = new Set<string>();
  const types = new Map<string, number>();
  const has = (d: Directive, provenance: string) => FIELDS.some((f) => d[f]?.provenance === provenance);
  return {
    add(d) {
      directives++;
      clauses += d.clauses.length;
      if (d.date) {
        const date = d.date.value;
        if (first === undefined || date < first) first = date;
        if (last === undefined || date > last) last = date;
      } else undated++;
      if (d.province) provinces.add(d.province.value.name);
      const label = d.docType ? DOC_TYPE_LABELS[d.docType.value] : 'Chưa rõ loại';
      types.set(label, (types.get(label) ?? 0) + 1);
      if (has(d, 'inferred')) withInferred++;
      if (has(d, 'provided')) withProvided++;
    },
    finish: () => ({
      directives,
      clauses,
      provinces: [...provinces].sort((a, b) => a.localeCompare(b, 'vi')),
      from: first ? formatVietnameseDate(first) : null,
      to: last ? formatVietnameseDate(last) : null,
      undated,
      docTypes: [...types.entries()].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count),
      withInferred,
      withProvided,
    }),
  };
}
