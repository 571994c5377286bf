/**
 * What the corpus covers, for the about page: how many directives, from where, from when, of
 * which kinds — computed from the corpus so the page never goes stale.
 */
import { DOC_TYPE_LABELS } from '../directive/doc-types.ts';
import type { Directive } from '../directive/schema.ts';
import { formatVietnameseDate } from '../directive/dates.ts';

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

export function corpusCoverage(directives: readonly Directive[]): Coverage {
  const dates = directives.flatMap((d) => (d.date ? [d.date.value] : [])).sort();
  const types = new Map<string, number>();
  for (const d of directives) {
    const label = d.docType ? DOC_TYPE_LABELS[d.docType.value] : 'Chưa rõ loại';
    types.set(label, (types.get(label) ?? 0) + 1);
  }
  const has = (d: Directive, provenance: string) => FIELDS.some((f) => d[f]?.provenance === provenance);
  const first = dates[0];
  const last = dates.at(-1);
  return {
    directives: directives.length,
    clauses: directives.reduce((n, d) => n + d.clauses.length, 0),
    provinces: [...new Set(directives.flatMap((d) => (d.province ? [d.province.value.name] : [])))].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    ),
    from: first ? formatVietnameseDate(first) : null,
    to: last ? formatVietnameseDate(last) : null,
    undated: directives.filter((d) => !d.date).length,
    docTypes: [...types.entries()].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count),
    withInferred: directives.filter((d) => has(d, 'inferred')).length,
    withProvided: directives.filter((d) => has(d, 'provided')).length,
  };
}
