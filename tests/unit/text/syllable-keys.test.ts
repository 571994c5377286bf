import { describe, expect, test } from 'vitest';
import { syllableKeys, syllables } from '../../../src/lib/text/syllables.ts';

describe('syllables', () => {
  test('lists the non-punctuation tokens', () => {
    expect(syllables('phòng, chống dịch Covid-19 (F0, F1).')).toEqual([
      'phòng',
      'chống',
      'dịch',
      'Covid-19',
      'F0',
      'F1',
    ]);
  });
});

describe('syllableKeys', () => {
  test('folds and lower-cases each syllable', () => {
    expect(syllableKeys('Đảng bộ tỉnh Thanh Hóa')).toEqual(['dang', 'bo', 'tinh', 'thanh', 'hoa']);
  });

  test('gives "vắc-xin" and "vắc xin" the same keys', () => {
    expect(syllableKeys('vắc-xin')).toEqual(['vac', 'xin']);
    expect(syllableKeys('vắc xin')).toEqual(['vac', 'xin']);
  });

  test('gives "Covid-19", "Covid - 19" and "COVID-19" the same keys', () => {
    for (const spelling of ['Covid-19', 'Covid - 19', 'COVID-19']) {
      expect(syllableKeys(spelling)).toEqual(['covid', '19']);
    }
  });

  test('splits other identifiers at their hyphens only', () => {
    expect(syllableKeys('SARS-CoV-2 PC-Covid F0 5K')).toEqual(['sars', 'cov', '2', 'pc', 'covid', 'f0', '5k']);
  });

  test('keeps a document code as one key, so "16" and "ct" do not match every directive', () => {
    expect(syllableKeys('Chỉ thị 16/CT-TTg')).toEqual(['chi', 'thi', '16/ct-ttg']);
    expect(syllableKeys('109-BC/BCSĐ')).toEqual(['109-bc/bcsd']);
  });

  test('finds a code typed in lower case', () => {
    expect(syllableKeys('16/ct-ttg')).toEqual(syllableKeys('16/CT-TTg'));
  });

  test('drops the leading zeros of a date: "07/5/2021" and "7/05/2021" compare equal', () => {
    expect(syllableKeys('07/5/2021')).toEqual(['7/5/2021']);
    expect(syllableKeys('7/05/2021')).toEqual(['7/5/2021']);
  });

  test('gives "2020 - 2021" and "2020-2021" the same keys', () => {
    expect(syllableKeys('2020 - 2021')).toEqual(['2020', '2021']);
    expect(syllableKeys('2020-2021')).toEqual(['2020', '2021']);
  });
});
