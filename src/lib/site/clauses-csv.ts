/**
 * clauses.csv: one row per clause of every directive, for spreadsheets and R/pandas. RFC 4180:
 * CRLF line ends, every field quoted when it holds a comma, quote, CR or LF, quotes doubled. UTF-8
 * with a byte-order mark, because Excel reads a CSV without one in the machine's legacy code page
 * and turns "cách ly" into "cÃ¡ch ly".
 */
import type { Directive } from '../directive/schema.ts';
import { clauseLabel } from './clause-label.ts';

export const CSV_COLUMNS = [
  'directive',
  'province',
  'province_name',
  'date',
  'clause_id',
  'clause_label',
  'text',
  'measures',
] as const;

const BOM = '\uFEFF';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

/**
 * Columns: directive id, province id and name, ISO date (empty when unknown), clause id (the page anchor),
 * its label ("Mục 3"), its text, its measure ids separated by ";".
 */
export function clausesCsv(directives: readonly Directive[]): string {
  const rows = [csvRow(CSV_COLUMNS)];
  for (const d of directives) {
    for (const clause of d.clauses) {
      rows.push(
        csvRow([
          d.id,
          d.province?.value.id ?? '',
          d.province?.value.name ?? '',
          d.date?.value ?? '',
          clause.id,
          clauseLabel(clause, d.clauses),
          clause.text,
          clause.measures.join(';'),
        ]),
      );
    }
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}
