/**
 * in-force.csv.gz: the panel (panel.ts) as a download, one row per change — the first day of each
 * run of equal cells of a (province, measure) — not one per day: /du-lieu shows how to expand it to
 * days in pandas and R. Lists inside a cell are joined by ";"; a parameter is "kind=value unit".
 */
import { stringify } from 'csv-stringify/sync';
import { inertCell } from '../downloads/clauses-csv.ts';
import type { ChangeRow } from './panel.ts';

export const IN_FORCE_CSV = 'in-force.csv.gz';

export const IN_FORCE_CSV_COLUMNS = [
  'province',
  'province_name',
  'date',
  'measure',
  'state',
  'clause_count',
  'documents',
  'directives',
  'clauses',
  'ended_by',
  'open',
  'scope',
  'parameters',
  'templates',
] as const;

/**
 * Rows as CSV text, in one piece per province: the file is written in a few large chunks (a stream
 * write per row cost more in gzip's thread hand-offs than the panel itself). The first chunk
 * carries the BOM and the header.
 */
export function inForceCsvChunk(rows: readonly string[][], first: boolean): string {
  return stringify(rows as string[][], {
    bom: first,
    header: first,
    columns: [...IN_FORCE_CSV_COLUMNS],
    record_delimiter: 'windows',
    cast: { string: inertCell },
  });
}

export function inForceCsvRow(row: ChangeRow, provinceName: string): string[] {
  const directives = [...new Set(row.clauses.map((ref) => ref.split('#')[0]!))];
  return [
    row.province,
    provinceName,
    row.date,
    row.measure,
    row.state,
    String(row.clauseCount),
    String(row.documents),
    directives.join(';'),
    row.clauses.join(';'),
    row.endedBy.join(';'),
    row.open.join(';'),
    (row.scope ?? []).join(';'),
    row.parameters.map((p) => `${p.kind}=${p.value} ${p.unit}`).join(';'),
    row.templates.join(';'),
  ];
}
