import { describe, expect, test } from 'vitest';
import { foldKey } from '../../../src/lib/text/fold.ts';
import { hasDiacritics, toTelex } from '../../../src/lib/text/telex.ts';

describe('toTelex', () => {
  test.each([
    ['tính', 'tinhs'],
    ['tỉnh', 'tinhr'],
    ['tinh', 'tinh'],
    ['Đảng', 'ddangr'],
    ['đang', 'ddang'],
    ['ca', 'ca'],
    ['các', 'cacs'],
    ['bệnh', 'beenhj'],
    ['hòa', 'hoaf'],
    ['hoà', 'hoaf'],
  ])('%s → %s', (word, telex) => {
    expect(toTelex(word)).toBe(telex);
  });

  test.each([
    ['ma', 'ma'],
    ['má', 'mas'],
    ['mà', 'maf'],
    ['mả', 'mar'],
    ['mã', 'max'],
    ['mạ', 'maj'],
  ])('writes each tone as a last letter: %s → %s', (word, telex) => {
    expect(toTelex(word)).toBe(telex);
  });

  test.each([
    ['cách', 'cachs'],
    ['vắc', 'vawcs'],
    ['người', 'nguwowif'],
    ['hâm', 'haam'],
    ['kênh', 'keenh'],
    ['ổn', 'oonr'],
    ['ơn', 'own'],
    ['ưu', 'uwu'],
  ])('writes quality marks where they stand: %s → %s', (word, telex) => {
    expect(toTelex(word)).toBe(telex);
  });

  test('lower-cases words without marks and codes', () => {
    expect(toTelex('Covid')).toBe('covid');
    expect(toTelex('SARS-CoV-2')).toBe('sars-cov-2');
  });

  test('escapes a literal "oo" as Telex does, so "boong" and "bông" differ', () => {
    expect(toTelex('bông')).toBe('boong');
    expect(toTelex('boong')).toBe('booong');
    expect(toTelex('mốc')).not.toBe(toTelex('moóc'));
  });

  test('gives different forms to different spellings of a syllable (injective)', () => {
    const words = ['tính', 'tỉnh', 'tinh', 'tịnh', 'Đảng', 'đang', 'dang', 'đáng', 'ca', 'các', 'cá', 'cả'];
    words.push('bệnh', 'bênh', 'hòa', 'hóa', 'hoa', 'ưa', 'ứa', 'ư', 'ơ', 'ô', 'o', 'ă', 'â', 'a', 'thuở', 'thước');
    const forms = new Set(words.map(toTelex));
    expect(forms.size).toBe(words.length);
  });

  test('never gives a word typed with marks the same form as its folded spelling', () => {
    for (const word of ['tỉnh', 'Đảng', 'đang', 'các', 'hòa', 'người', 'vắc']) {
      expect(toTelex(word)).not.toBe(foldKey(word));
    }
  });
});

describe('hasDiacritics', () => {
  test('is true for any tone or quality mark, and for đ alone', () => {
    expect(hasDiacritics('tỉnh')).toBe(true);
    expect(hasDiacritics('ơn')).toBe(true);
    expect(hasDiacritics('dang đoan')).toBe(true);
    expect(hasDiacritics('Đ')).toBe(true);
  });

  test('is false for bare text', () => {
    expect(hasDiacritics('thanh hoa 16/ct-ttg')).toBe(false);
  });
});
