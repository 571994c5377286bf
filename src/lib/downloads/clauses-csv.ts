/**
 * clauses.csv: one row per clause of every directive, for spreadsheets and R/pandas, written by
 * csv-stringify as a stream (a 20,000-directive corpus is ~430,000 rows: never one string). RFC 4180:
 * CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled. UTF-8 with a
 * byte-order mark, because Excel reads a CSV without one in the machine's legacy code page and turns
 * "cách ly" into "cÃ¡ch ly".
 *
 * Formula injection: a spreadsheet runs a cell that begins with = + - @ (or a tab or CR) as a
 * formula, and a clause's text is whatever the source file said. Such a cell gets a leading
 * apostrophe, which spreadsheets show as text and do not display (OWASP's advice); /du-lieu says so,
 * and how to take it off in pandas or R.
 */
import { stringify, type Stringifier } from 'csv-stringify';
import type { Directive } from '../directive/schema.ts';

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

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it, never run: "=1+1" → "'=1+1". */
export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A csv-stringify stream with the columns, the BOM and the formula guard; write rows of CSV_COLUMNS. */
export function clausesCsvStringifier(): Stringifier {
  return stringify({
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    cast: { string: inertCell },
  });
}

/**
 * The rows of one directive: directive id, province id and name, ISO date (empty when unknown), clause
 * id (the page anchor), its label ("Mục 3"), its text, its measure ids separated by ";".
 */
export function* clauseRows(d: Directive): Generator<string[]> {
  for (const clause of d.clauses) {
    yield [
      d.id,
      d.province?.value.id ?? '',
      d.province?.value.name ?? '',
      d.date?.value ?? '',
      clause.id,
      clause.label,
      clause.text,
      clause.measures.join(';'),
    ];
  }
}
