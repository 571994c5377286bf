import { describe, expect, test } from 'vitest';
import { codeTokens, findCodes } from '../../../src/lib/search/codes.ts';

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
