import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { citeClause, citeDocument, locateClause } from '../../../src/lib/directive/clause-citation.ts';
import type { Clause, Directive } from '../../../src/lib/directive/schema.ts';

const seeds = loadCorpus().filter((d) => !d.synthetic);
const seed = (prefix: string): Directive => {
  const found = seeds.find((d) => d.id.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
};

describe('citeClause on the seeds', () => {
  test('a numbered item of a chỉ thị: the issue’s own example', () => {
    expect(citeClause(seed('nghe-an'), '3')).toBe(
      'Mục 3, Chỉ thị số 07-CT/TU ngày 07/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An',
    );
  });

  test('a dash bullet is the n-th "gạch đầu dòng" of its item', () => {
    expect(citeClause(seed('thanh-hoa'), '3.-2')).toBe(
      'Gạch đầu dòng thứ 2, Mục 3, Công văn số 329-CV/TU ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy Thanh Hóa',
    );
  });

  test('a lettered point; no number and no date are left out, not guessed', () => {
    expect(citeClause(seed('son-la'), '9.b')).toBe('Điểm b, Mục 9, Chỉ thị của Chủ tịch UBND tỉnh Sơn La');
  });

  test('a notice of conclusions without a number, its inferred date in brackets', () => {
    expect(citeClause(seed('hai-duong'), '5.-1')).toBe(
      'Gạch đầu dòng thứ 1, Mục 5, Thông báo kết luận ngày [28/8/2020] của Ban Thường vụ Tỉnh ủy Hải Dương',
    );
  });
});

describe('citeDocument', () => {
  const base = seed('thanh-hoa');
  test('a provided value is cited as a fact', () => {
    const provided = { ...base, number: { provenance: 'provided' as const, value: '12-CT/TU', source: 'x.meta.yaml' } };
    expect(citeDocument(provided)).toBe('Công văn số 12-CT/TU ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy Thanh Hóa');
  });

  test('without an issuer, the province alone', () => {
    expect(citeDocument({ ...base, issuer: null })).toBe('Công văn số 329-CV/TU ngày 22/7/2021 của Thanh Hóa');
  });
});

describe('locateClause', () => {
  const clause = (id: string, kind: Clause['kind'], parentId: string | null) => ({ id, kind, parentId });
  const clauses = [
    clause('I', 'part', null),
    clause('I.2', 'numbered', 'I'),
    clause('dieu-1', 'article', null),
    clause('dieu-1.2', 'numbered', 'dieu-1'),
    clause('dieu-1.2.a', 'lettered', 'dieu-1.2'),
    clause('3', 'numbered', null),
    clause('3.-1', 'bullet', '3'),
    clause('3.-1.+2', 'sub-bullet', '3.-1'),
    clause('p4', 'paragraph', null),
    clause('3_2', 'numbered', null),
  ];
  test.each([
    ['I.2', 'Mục 2, Phần I'],
    ['dieu-1.2.a', 'Điểm a, Khoản 2, Điều 1'],
    ['3.-1.+2', 'Ý thứ 2, gạch đầu dòng thứ 1, Mục 3'],
    ['p4', 'Đoạn 4'],
    ['3_2', 'Mục 3'],
    ['unknown', 'unknown'],
  ])('%s → %s', (id, expected) => expect(locateClause(clauses, id)).toBe(expected));
});
