import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSV_COLUMNS, inertCell } from '../../../src/lib/downloads/clauses-csv.ts';
import { writeDownloads } from '../../../src/lib/downloads/downloads.ts';
import { clause, seed } from '../../setup/seeds.ts';
import { DirectiveId } from '../../../src/lib/directive/schema.ts';

/** The rows as csv-parse (an independent RFC 4180 reader) reads them, header first. */
function readCsv(bytes: Buffer): string[][] {
  return parse(bytes, { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
}

describe('inertCell', () => {
  test.each([
    ['=HYPERLINK("http://x","bấm")', `'=HYPERLINK("http://x","bấm")`],
    ['+84 912', "'+84 912"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['cách ly = tại nhà', 'cách ly = tại nhà'],
    ['', ''],
  ])('%j → %j', (value, expected) => expect(inertCell(value)).toBe(expected));
});

describe('clauses.csv', () => {
  const thanhHoa = seed('thanh-hoa-2021-07-22-329-cv-tu');
  const sonLa = seed('son-la-2021-ct-ubnd-thay-the-24');
  // A text the project writes itself: a clause a spreadsheet would run as a formula.
  const hostile = { ...seed('hung-yen-2021-05-08-261-cv-tu'), id: DirectiveId.parse('hung-yen-formula') };
  hostile.clauses = hostile.clauses.slice(0, 1).map((c) => ({ ...c, text: '=HYPERLINK("http://x","Bấm vào")' }));
  let dir = '';
  let plain: Buffer;
  let gz: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chithi-csv-'));
    await writeDownloads([thanhHoa, sonLa, hostile], dir);
    plain = readFileSync(join(dir, 'clauses.csv'));
    gz = readFileSync(join(dir, 'clauses.csv.gz'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('starts with a UTF-8 byte-order mark so Excel reads the Vietnamese, and ends lines with CRLF', () => {
    const text = plain.toString('utf8');
    expect(text.startsWith('\uFEFFdirective,province,province_name,date,clause_id')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  test('the gzip file holds exactly the uncompressed one', () => {
    expect(gunzipSync(gz).equals(plain)).toBe(true);
  });

  test('one row per clause, header first, parsing back to the clause texts', () => {
    const rows = readCsv(plain);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + thanhHoa.clauses.length + sonLa.clauses.length + 1);
    expect(rows.find((r) => r[4] === '3.-1')).toEqual([
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
    expect(plain.toString('utf8')).toContain('""5K""');
  });

  test('a clause beginning with "=" reaches the spreadsheet as text, not as a formula', () => {
    const row = readCsv(plain).find((r) => r[0] === 'hung-yen-formula');
    expect(row?.[6]).toBe(`'=HYPERLINK("http://x","Bấm vào")`);
  });

  test('an undated directive has an empty date, not a guessed one', () => {
    const rows = readCsv(plain).filter((r) => r[0] === sonLa.id);
    expect(rows.length).toBe(sonLa.clauses.length);
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['']));
  });
});
