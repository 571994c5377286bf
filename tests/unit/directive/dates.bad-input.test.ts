/**
 * Dates and codes at their digit boundaries (issue 12, item 7): a number that merely contains a
 * date-shaped or code-shaped run is neither, and a date the calendar does not have is refused.
 */
import { describe, expect, test } from 'vitest';
import { findDate } from '../../../src/lib/directive/dates.ts';
import { parseDocCode, DOC_CODE_PATTERN } from '../../../src/lib/directive/doc-code.ts';

describe('findDate', () => {
  test.each([
    ['Hà Nội, ngày 22 tháng 7 năm 2021', '2021-07-22'],
    ['ngày 07/8/2021', '2021-08-07'],
    ['24-7-2021', '2021-07-24'],
    ['24.7.2021', '2021-07-24'],
    ['24 / 07 / 2021', '2021-07-24'],
    ['từ 00h00’ ngày 25/7/2021', '2021-07-25'],
    ['(08:45 | 14/06/2021)', '2021-06-14'],
    ['29/02/2020', '2020-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(findDate(text)?.date).toBe(iso);
  });

  test.each([
    ['a number that ends in a date shape', 'văn bản số 1211/12/2021'],
    ['a phone number with dots', 'gọi 0912.05.2021'],
    ['a year that runs on', '1/2/20215'],
    ['a day that does not exist', '31/02/2021'],
    ['29 February of a common year', '29/02/2021'],
    ['month 13', '12/13/2021'],
    ['day 0', '0/5/2021'],
    ['the long form on an impossible day', 'ngày 30 tháng 2 năm 2021'],
    ['a date inside a longer slash run', '5/11/12/2021'],
    ['a code, not a date', '2412/UBND-KGVX'],
    ['day and month without a year', 'Tối 8/9, Chủ tịch UBND tỉnh ký'],
  ])('refuses %s: %j', (_why, text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('document codes', () => {
  const inText = new RegExp(DOC_CODE_PATTERN, 'gu');
  test.each([
    ['Số: 88/CT-UBND', '88/CT-UBND'],
    ['07 - CĐ/TU', '07-CĐ/TU'],
    ['388 /UBND-KGVX', '388/UBND-KGVX'],
    ['1903/QĐ- UBND', '1903/QĐ-UBND'],
    ['2927 -TB/TU', '2927-TB/TU'],
    ['117/2020/NĐ-CP', '117/2020/NĐ-CP'],
    ['45/QĐ-UBND-HC', '45/QĐ-UBND-HC'],
  ])('parseDocCode reads %j as %s', (text, printed) => {
    expect(parseDocCode(text.replace(/^Số:\s*/, ''))?.printed).toBe(printed);
  });

  test.each([
    ['inside a longer number', 'mã 123456/CT-UBND', []],
    ['a date', 'ngày 12/05/2021', []],
    ['a range of counts', '1-2 lần/ngày', []],
  ])('finds no code %s: %j', (_why, text, codes) => {
    expect([...text.matchAll(inText)].map((m) => m[0])).toEqual(codes);
  });

  test.each([
    ['Chỉ thị số 16/CT-TTgcủa Thủ tướng', ['16/CT-TTg']],
    ['Công văn số 329-CV/TUngày 22/7/2021', ['329-CV/TU']],
    ['Tờ trình 512/TTr-SYTvề việc', ['512/TTr-SYT']],
    ['Quyết định 23/2021/QĐ-TTgngày 27/7/2021', ['23/2021/QĐ-TTg']],
  ])('stops a code before a word that text from a PDF glued on: %j', (text, codes) => {
    expect([...text.matchAll(inText)].map((m) => m[0])).toEqual(codes);
  });
});
