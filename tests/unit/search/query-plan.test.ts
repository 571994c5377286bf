import { describe, expect, test } from 'vitest';
import { meiliQuery, planQuery } from '../../../src/lib/search/query-plan.ts';

const q = (input: string, exact = false) => meiliQuery(planQuery(input), exact);

describe('meiliQuery, without the exact switch', () => {
  test('sends a word typed with marks as typed, then its Telex form last, to be dropped first', () => {
    expect(q('tính')).toEqual({ q: 'tính tinhs' });
    expect(q('ca bệnh')).toEqual({ q: 'ca bệnh beenhj' });
    expect(q('Đảng')).toEqual({ q: 'Đảng ddangr' });
  });

  test('adds nothing to a word typed without marks: it matches every spelling', () => {
    expect(q('tinh')).toEqual({ q: 'tinh' });
    expect(q('cach ly tap trung')).toEqual({ q: 'cach ly tap trung' });
  });

  test('keeps a quoted phrase as typed, punctuation included', () => {
    expect(q('"ngoài chặt, trong lỏng"')).toEqual({ q: '"ngoài chặt, trong lỏng" ngoaif chawtj longr' });
  });

  test('sends a code as its quoted token, whichever way it is written', () => {
    expect(q('07-CT/TU')).toEqual({ q: '"7cttu"' });
    expect(q('07/CT-TU')).toEqual({ q: '"7cttu"' });
    expect(q('CT 07')).toEqual({ q: '"7ct"' });
    expect(q('07-ct/tu')).toEqual({ q: '"7cttu"' });
    expect(q('cách ly 16/CT-TTg')).toEqual({ q: '"16ctttg" cách ly cachs' });
  });

  test('splits identifiers, so "Covid-19" cannot read as Meilisearch’s negation "-19"', () => {
    expect(q('Covid-19')).toEqual({ q: 'Covid 19' });
  });

  test('adds Telex forms only within Meilisearch’s ten words', () => {
    const long = 'tăng cường công tác phòng chống dịch bệnh trên địa';
    expect(q(long).q.split(' ')).toHaveLength(10);
    expect(q('tăng cường công tác').q.split(' ')).toHaveLength(8);
  });
});

describe('meiliQuery, with the exact switch', () => {
  test('sends every word in Telex, on the Telex copy and codes only', () => {
    expect(q('cách ly', true)).toEqual({ q: 'cachs ly', attributesToSearchOn: ['telex', 'codes'] });
    expect(q('cach', true)).toEqual({ q: 'cach', attributesToSearchOn: ['telex', 'codes'] });
    expect(q('"ca bệnh" 16/CT-TTg', true).q).toBe('"16ctttg" "ca beenhj"');
  });
});

describe('planQuery', () => {
  test('reads NFD input like NFC', () => {
    expect(planQuery('ca bệnh'.normalize('NFD'))).toEqual(planQuery('ca bệnh'));
  });

  test('reads an unclosed quote as plain words', () => {
    const plan = planQuery('"cách ly');
    expect(plan.phrases).toEqual([]);
    expect(plan.words.map((w) => w.text)).toEqual(['cách', 'ly']);
  });
});
