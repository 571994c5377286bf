import { describe, expect, test } from 'vitest';
import { combine, filterClauses } from '../../../src/lib/search/filters.ts';
import { meiliSynonyms, readSynonyms } from '../../../src/lib/search/synonyms.ts';

describe('meiliSynonyms', () => {
  test('makes every term of a group find the others, lower-cased', () => {
    const synonyms = meiliSynonyms({ equivalent: [['vắc xin', 'vaccine', 'Vacxin']], expands: {} });
    expect(synonyms).toEqual({
      'vắc xin': ['vaccine', 'vacxin'],
      vaccine: ['vacxin', 'vắc xin'],
      vacxin: ['vaccine', 'vắc xin'],
    });
  });

  test('makes an expansion one-way', () => {
    const synonyms = meiliSynonyms({ equivalent: [], expands: { '5K': ['khẩu trang', 'khai báo y tế'] } });
    expect(synonyms).toEqual({ '5k': ['khai báo y tế', 'khẩu trang'] });
  });

  test('reads content/search/synonyms.yaml, which covers what the issue names', () => {
    const synonyms = meiliSynonyms(readSynonyms());
    expect(synonyms['vaccine']).toContain('vắc xin');
    expect(synonyms['ubnd']).toContain('ủy ban nhân dân');
    expect(synonyms['bcđ']).toContain('ban chỉ đạo');
    expect(synonyms['ô xy']).toContain('oxy');
    expect(synonyms['f0']).toContain('người nhiễm');
    expect(synonyms['5k']).toEqual(expect.arrayContaining(['khẩu trang', 'khử khuẩn', 'khoảng cách']));
  });
});

describe('filterClauses', () => {
  test('ORs the values of one facet (once each, years of four digits only), ANDs facets, and bounds the numeric date', () => {
    const clauses = filterClauses({
      provinces: ['thanh-hoa', 'nghe-an'],
      years: ['2021', '2021', '21'],
      from: '2021-07-01',
      to: 'not a date',
    });
    expect(combine(clauses)).toBe(
      '(province IN ["thanh-hoa", "nghe-an"]) AND (year IN [2021]) AND (dateNum >= 20210701)',
    );
    expect(combine(clauses, 'province')).toBe('(year IN [2021]) AND (dateNum >= 20210701)');
  });

  test('quotes values, so a stray quote cannot change the expression', () => {
    expect(combine(filterClauses({ measures: ['a" OR "b'] }))).toBe('(measures IN ["a\\" OR \\"b"])');
  });

  test('is empty without a selection', () => {
    expect(combine(filterClauses({}))).toBeUndefined();
  });
});
