import { describe, expect, test } from 'vitest';
import { canonicalToneSpelling, normalizeText } from '../../../src/lib/text/normalize.ts';

describe('normalizeText', () => {
  test('composes decomposed Vietnamese (NFD) into NFC', () => {
    const nfd = 'Thanh Hóa'.normalize('NFD');
    expect(nfd).not.toBe('Thanh Hóa');
    expect(normalizeText(nfd)).toBe('Thanh Hóa');
  });

  test('turns CRLF and lone CR into LF and keeps every line', () => {
    expect(normalizeText('Số 329-CV/TU\r\n\r\nKHẨN\rKính gửi:')).toBe('Số 329-CV/TU\n\nKHẨN\nKính gửi:');
  });

  test('turns NBSP, narrow NBSP and other Unicode spaces into one plain space', () => {
    expect(normalizeText('ngày\u00A022\u202Ftháng\u2009\u00A07')).toBe('ngày 22 tháng 7');
  });

  test('removes zero-width characters, the BOM and the soft hyphen', () => {
    expect(normalizeText('\uFEFFphòng\u200B chống\u00AD dịch\u200D')).toBe('phòng chống dịch');
  });

  test("makes curly double quotes and the ’' pair of the Sơn La seed straight", () => {
    expect(normalizeText("“chống dịch như chống giặc’' và „5K″")).toBe('"chống dịch như chống giặc" và "5K"');
  });

  test('makes curly single quotes straight', () => {
    expect(normalizeText('‘Covid cộng đồng’')).toBe("'Covid cộng đồng'");
  });

  test('turns en dash, em dash, non-breaking hyphen, figure dash and minus into a hyphen', () => {
    expect(normalizeText('2020 – 2021 — Covid‑19 ‒ 5 − 3')).toBe('2020 - 2021 - Covid-19 - 5 - 3');
  });

  test('collapses runs of spaces and tabs and removes trailing spaces, keeping leading indentation', () => {
    expect(normalizeText('  - Các ban,\t\tban cán sự đảng,   \n1.  Các cấp ủy  ')).toBe(
      ' - Các ban, ban cán sự đảng,\n1. Các cấp ủy',
    );
  });

  test('is idempotent', () => {
    const raw = "\uFEFF“Thanh Hoá”\u00A0–\u00A022/7/2021  \r\n’'x’' ";
    const once = normalizeText(raw);
    expect(normalizeText(once)).toBe(once);
  });

  test('does not change the tone placement of the text (display keeps the writer’s spelling)', () => {
    expect(normalizeText('hoá')).toBe('hoá');
  });
});

describe('canonicalToneSpelling', () => {
  test.each([
    ['hoá', 'hóa'],
    ['hoà', 'hòa'],
    ['thuý', 'thúy'],
    ['khoẻ', 'khỏe'],
    ['uỷ', 'ủy'],
    ['hoạ', 'họa'],
    ['toả', 'tỏa'],
  ])('moves the tone of the open syllable %s to the first vowel: %s', (input, expected) => {
    expect(canonicalToneSpelling(input)).toBe(expected);
  });

  test.each(['hóa', 'khỏe', 'thủy', 'Hòa'])('leaves the canonical spelling %s unchanged', (word) => {
    expect(canonicalToneSpelling(word)).toBe(word);
  });

  test.each(['hoàn', 'khuyến', 'hoạch', 'quý', 'quỳ', 'khuỷu', 'ngoài'])(
    'leaves %s alone: a final consonant, the qu initial or a third vowel',
    (word) => {
      expect(canonicalToneSpelling(word)).toBe(word);
    },
  );

  test('keeps case', () => {
    expect(canonicalToneSpelling('Hoà')).toBe('Hòa');
    expect(canonicalToneSpelling('HOÀ')).toBe('HÒA');
    expect(canonicalToneSpelling('Uỷ')).toBe('Ủy');
  });

  test('works syllable by syllable in a phrase', () => {
    expect(canonicalToneSpelling('Thanh Hoá, Tỉnh uỷ')).toBe('Thanh Hóa, Tỉnh ủy');
  });
});
