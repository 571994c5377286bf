import { describe, expect, test } from 'vitest';
import { parseDocCode } from '../../../src/lib/directive/doc-code.ts';
import { DOC_TYPE_LABELS } from '../../../src/lib/directive/doc-types.ts';
import { DocType } from '../../../src/lib/directive/schema.ts';
import { codeTokens, findCodes } from '../../../src/lib/search/codes.ts';
import { foldDiacritics } from '../../../src/lib/text/fold.ts';

const tokens = (text: string, source: 'text' | 'query' = 'text') =>
  findCodes(text, source).map((m) => [text.slice(m.start, m.end), m.token, m.partial]);

describe('findCodes', () => {
  test('reads Party-style and state-style spellings of one code as one token', () => {
    expect(tokens('07-CT/TU')).toEqual([['07-CT/TU', '7cttu', '7ct']]);
    expect(tokens('07/CT-TU')).toEqual([['07/CT-TU', '7cttu', '7ct']]);
  });

  test('accepts any case in a query, capitals only in a document', () => {
    expect(tokens('7-ct/tu', 'query')).toEqual([['7-ct/tu', '7cttu', '7ct']]);
    expect(tokens('ct 07', 'query')).toEqual([['ct 07', '7ct', '7ct']]);
    expect(tokens('nghỉ 1-2 ngày/lần')).toEqual([]);
  });

  test('reads the short forms readers type as the number-and-type token', () => {
    expect(tokens('CT 07')).toEqual([['CT 07', '7ct', '7ct']]);
    expect(tokens('Chỉ thị 16')).toEqual([['Chỉ thị 16', '16ct', '16ct']]);
    expect(tokens('chi thi so 16')).toEqual([['chi thi so 16', '16ct', '16ct']]);
    expect(tokens('Nghị quyết số 68')).toEqual([['Nghị quyết số 68', '68nq', '68nq']]);
  });

  test('finds codes in running text, with their spans, and reads a name before a full code as the code', () => {
    expect(tokens('theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ')).toEqual([['16/CT-TTg', '16ctttg', '16ct']]);
    expect(tokens('(Báo cáo số 109-BC/BCSĐ ngày 07/5/2021)')).toEqual([['109-BC/BCSĐ', '109bcbcsd', '109bc']]);
    expect(tokens('Nghị định 15/2021/NĐ-CP')).toEqual([['15/2021/NĐ-CP', '152021ndcp', '15nd']]);
  });

  test('leaves numbers, dates and ranges alone', () => {
    expect(findCodes('ngày 22/7/2021 ghi nhận 67 ca, nhiệm kỳ 2021 - 2026, Covid-19')).toEqual([]);
  });
});

describe('codeTokens', () => {
  test('gives a document every full and partial token of the codes it names, once', () => {
    expect(codeTokens('07-CT/TU', 'thực hiện Nghị quyết số 68/NQ-CP và Nghị quyết 68')).toEqual([
      '7cttu',
      '7ct',
      '68nqcp',
      '68nq',
    ]);
  });
});

/**
 * The type letters of each kind's codes, as the documents print them. Written out here, not read from
 * doc-types.ts: a kind added to the schema fails this test until someone says how its codes read.
 */
const LETTERS: Record<DocType, string | null> = {
  'chi-thi': 'CT',
  'cong-van': 'CV',
  'cong-dien': 'CĐ',
  'thong-bao-ket-luan': 'TB',
  'thong-bao': 'TB',
  'ket-luan': 'KL',
  'nghi-quyet': 'NQ',
  'quyet-dinh': 'QĐ',
  'ke-hoach': 'KH',
  'huong-dan': 'HD',
  'bao-cao': 'BC',
  'to-trinh': 'TTr',
  // "Điện ngày 21/7/2021" of the Ban Bí thư: an Điện is not numbered.
  dien: null,
};

describe('every kind the parser can emit is searchable by its code letters and its name', () => {
  test('the table above names every kind of the schema', () => {
    expect(Object.keys(LETTERS).sort()).toEqual([...DocType.options].sort());
  });

  const numbered = DocType.options.flatMap((type) => {
    const letters = LETTERS[type];
    return letters ? [[type, letters] as const] : [];
  });

  test.each(numbered)('%s (%s)', (type, letters) => {
    const code = `12/${letters}-UBND`;
    // The parser reads the kind from the letters (a thông báo kết luận's are a thông báo's).
    expect(parseDocCode(code)?.docType).toBe(type === 'thong-bao-ket-luan' ? 'thong-bao' : type);
    const indexed = codeTokens(`ban hành ${code} ngày 8/5/2021`);
    const name = DOC_TYPE_LABELS[type];
    const typed = [`${name} 12`, `${name} số 12`, foldDiacritics(name).toLowerCase() + ' 12', `${letters} 12`];
    typed.push(`${foldDiacritics(letters).toLowerCase()} 12`);
    for (const query of typed) {
      const found = findCodes(query, 'query');
      expect(found, query).toHaveLength(1);
      expect(indexed, query).toContain(found[0]!.token);
    }
  });

  test('kinds only ever cited are searchable too: Nghị định, Thông tư', () => {
    expect(codeTokens('theo Nghị định số 15/2021/NĐ-CP')).toContain(findCodes('nghi dinh 15', 'query')[0]?.token);
    expect(codeTokens('Thông tư số 02/2021/TT-BYT')).toContain(findCodes('Thông tư 02', 'query')[0]?.token);
  });
});
