import { describe, expect, test } from 'vitest';
import { tokenize, type Token } from '../../../src/lib/text/syllables.ts';

/** Tokens as [text, kind, start, end] rows, the shape the tables below are written in. */
const rows = (text: string) => tokenize(text).map((t: Token) => [t.text, t.kind, t.start, t.end]);

describe('tokenize', () => {
  test('reads a Thanh Hóa seed sentence into syllables, dates, numbers and an identifier', () => {
    const sentence =
      'Trên địa bàn tỉnh ta, từ ngày 27/4/2021 đến ngày 22/7/2021 đã ghi nhận 67 ca dương tính với ' +
      'SARS-CoV-2, trong đó có 62 bệnh nhân chưa khỏi bệnh.';
    expect(rows(sentence)).toEqual([
      ['Trên', 'word', 0, 4],
      ['địa', 'word', 5, 8],
      ['bàn', 'word', 9, 12],
      ['tỉnh', 'word', 13, 17],
      ['ta', 'word', 18, 20],
      [',', 'punct', 20, 21],
      ['từ', 'word', 22, 24],
      ['ngày', 'word', 25, 29],
      ['27/4/2021', 'date', 30, 39],
      ['đến', 'word', 40, 43],
      ['ngày', 'word', 44, 48],
      ['22/7/2021', 'date', 49, 58],
      ['đã', 'word', 59, 61],
      ['ghi', 'word', 62, 65],
      ['nhận', 'word', 66, 70],
      ['67', 'number', 71, 73],
      ['ca', 'word', 74, 76],
      ['dương', 'word', 77, 82],
      ['tính', 'word', 83, 87],
      ['với', 'word', 88, 91],
      ['SARS-CoV-2', 'code', 92, 102],
      [',', 'punct', 102, 103],
      ['trong', 'word', 104, 109],
      ['đó', 'word', 110, 112],
      ['có', 'word', 113, 115],
      ['62', 'number', 116, 118],
      ['bệnh', 'word', 119, 123],
      ['nhân', 'word', 124, 128],
      ['chưa', 'word', 129, 133],
      ['khỏi', 'word', 134, 138],
      ['bệnh', 'word', 139, 143],
      ['.', 'punct', 143, 144],
    ]);
  });

  test('keeps the Chỉ thị number whole in "theo Chỉ thị 16/CT-TTg của Thủ tướng"', () => {
    expect(rows('theo Chỉ thị 16/CT-TTg của Thủ tướng')).toEqual([
      ['theo', 'word', 0, 4],
      ['Chỉ', 'word', 5, 8],
      ['thị', 'word', 9, 12],
      ['16/CT-TTg', 'code', 13, 22],
      ['của', 'word', 23, 26],
      ['Thủ', 'word', 27, 30],
      ['tướng', 'word', 31, 36],
    ]);
  });

  test.each([
    ['16/CT-TTg', 'code'],
    ['329-CV/TU', 'code'],
    ['07-CT/TU', 'code'],
    ['24/CT-UBND', 'code'],
    ['68/NQ-CP', 'code'],
    ['109-BC/BCSĐ', 'code'],
    ['15/2021/NĐ-CP', 'code'],
    ['F0', 'code'],
    ['F1', 'code'],
    ['5K', 'code'],
    ['SARS-CoV-2', 'code'],
    ['Covid-19', 'code'],
    ['Covd-19', 'code'],
    ['PC-Covid', 'code'],
    ['VN-eID', 'code'],
    ['22/7/2021', 'date'],
    ['07/5/2021', 'date'],
    ['11/10/2021', 'date'],
    ['7/2021', 'date'],
    ['67', 'number'],
    ['2m', 'number'],
    ['50%', 'number'],
    ['1.000', 'number'],
  ])('keeps %s whole as one %s token, with its offsets inside a sentence', (form, kind) => {
    const text = `Số ${form}, ngày`;
    expect(tokenize(text)[1]).toEqual({ text: form, kind, start: 3, end: 3 + form.length });
  });

  test('reads "2020 - 2021" as number, hyphen, number', () => {
    expect(rows('2020 - 2021')).toEqual([
      ['2020', 'number', 0, 4],
      ['-', 'punct', 5, 6],
      ['2021', 'number', 7, 11],
    ]);
  });

  test('reads "20-11" like its spaced twin "20 - 11": not a date, since "1-2 ngày" is a range', () => {
    expect(rows('20-11').map(([text, kind]) => [text, kind])).toEqual([
      ['20', 'number'],
      ['-', 'punct'],
      ['11', 'number'],
    ]);
  });

  test('does not take an impossible day or month for a date', () => {
    expect(rows('45/2021')[0]).toEqual(['45', 'number', 0, 2]);
  });

  test('splits "vắc-xin" into two syllables with the hyphen between, as "vắc xin" is written too', () => {
    expect(rows('vắc-xin')).toEqual([
      ['vắc', 'word', 0, 3],
      ['-', 'punct', 3, 4],
      ['xin', 'word', 4, 7],
    ]);
  });

  test('splits "kinh tế-xã hội" where the hyphen joins two words', () => {
    expect(rows('tế-xã').map(([text]) => text)).toEqual(['tế', '-', 'xã']);
  });

  test('reads "Covid - 19" (Hưng Yên spelling) as three tokens', () => {
    expect(rows('Covid - 19').map(([text, kind]) => `${text}:${kind}`)).toEqual(['Covid:word', '-:punct', '19:number']);
  });

  test('does not take a numbered list item "3-Người" for a code', () => {
    expect(rows('3- Người đứng đầu').map(([text]) => text)).toEqual(['3', '-', 'Người', 'đứng', 'đầu']);
  });

  test('reads the signature ending "Covid-19)./." as an identifier and four punctuation marks', () => {
    expect(rows('Covid-19)./.').map(([text]) => text)).toEqual(['Covid-19', ')', '.', '/', '.']);
  });

  test('gives offsets that slice the input back to each token, on a whole seed paragraph', () => {
    const text =
      'Ngày 07/8/2021, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 07-CT/TU về tăng cường lãnh đạo, ' +
      'chỉ đạo phòng, chống dịch Covid-19 (PC-Covid; VN-eID; Sổ sức khỏe điện tử).';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
