import { describe, expect, test } from 'vitest';
import { clausesCsv, csvField, CSV_COLUMNS } from '../../../src/lib/site/clauses-csv.ts';
import { clause, seed } from './seeds.ts';

/** A strict RFC 4180 reader, to check the file parses back to what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

describe('csvField', () => {
  test.each([
    ['cách ly', 'cách ly'],
    ['phòng, chống dịch', '"phòng, chống dịch"'],
    ['yêu cầu "5K"', '"yêu cầu ""5K"""'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['', ''],
  ])('%j → %j', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('clausesCsv', () => {
  const thanhHoa = seed('thanh-hoa-2021-07-22-329-cv-tu');
  const csv = clausesCsv([thanhHoa]);

  test('starts with a UTF-8 byte-order mark so Excel reads the Vietnamese, and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFdirective,province,province_name,date,clause_id')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('one row per clause, with the header first, parsing back to the clause texts', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + thanhHoa.clauses.length);
    const dash = rows.find((r) => r[4] === '3.-1');
    expect(dash).toEqual([
      'thanh-hoa-2021-07-22-329-cv-tu',
      'thanh-hoa',
      'Thanh Hóa',
      '2021-07-22',
      '3.-1',
      'Gạch đầu dòng thứ 1, Mục 3',
      clause(thanhHoa, '3.-1').text,
      clause(thanhHoa, '3.-1').measures.join(';'),
    ]);
    // The clause quotes "5K", so its field had to be quoted and its quotes doubled.
    expect(csv).toContain('""5K""');
  });

  test('an undated directive has an empty date, not a guessed one', () => {
    const rows = parseCsv(clausesCsv([seed('son-la-2021-ct-ubnd-thay-the-24')]).slice(1));
    expect(new Set(rows.slice(1).map((r) => r[3]))).toEqual(new Set(['']));
  });
});
