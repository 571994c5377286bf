import { describe, expect, test } from 'vitest';
import { findProvinceByName } from '../../../src/lib/provinces/index.ts';

const idOf = (name: string) => findProvinceByName(name)?.id;

describe('findProvinceByName', () => {
  test('reads the Hưng Yên seed’s misspelt dateline place "Hung Yên" as hung-yen', () => {
    expect(idOf('Hung Yên')).toBe('hung-yen');
  });

  test('accepts either tone placement', () => {
    expect(idOf('Thanh Hoá')).toBe('thanh-hoa');
    expect(idOf('Thanh Hóa')).toBe('thanh-hoa');
    expect(idOf('Khánh Hoà')).toBe('khanh-hoa');
  });

  test('ignores case and missing diacritics', () => {
    expect(idOf('thanh hoa')).toBe('thanh-hoa');
    expect(idOf('DAK LAK')).toBe('dak-lak');
    expect(idOf('HẢI DƯƠNG')).toBe('hai-duong');
  });

  test('drops a leading "tỉnh", "thành phố", "TP." or "Thủ đô" and trailing punctuation', () => {
    expect(idOf('Tỉnh Sơn La')).toBe('son-la');
    expect(idOf('thành phố Hồ Chí Minh')).toBe('ho-chi-minh');
    expect(idOf('TP. Hồ Chí Minh')).toBe('ho-chi-minh');
    expect(idOf('Thủ đô Hà Nội')).toBe('ha-noi');
    expect(idOf('Hà Nội.')).toBe('ha-noi');
  });

  test('knows the abbreviations and other names', () => {
    expect(idOf('TP.HCM')).toBe('ho-chi-minh');
    expect(idOf('TPHCM')).toBe('ho-chi-minh');
    expect(idOf('Sài Gòn')).toBe('ho-chi-minh');
    expect(idOf('BR-VT')).toBe('ba-ria-vung-tau');
    expect(idOf('Bà Rịa – Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(idOf('Huế')).toBe('thua-thien-hue');
    expect(idOf('Thừa Thiên - Huế')).toBe('thua-thien-hue');
    expect(idOf('Bắc Cạn')).toBe('bac-kan');
  });

  test('treats NFD input like NFC', () => {
    expect(idOf('Thanh Hóa'.normalize('NFD'))).toBe('thanh-hoa');
  });

  test('does not look up districts or ordinary words', () => {
    expect(idOf('Gia Lộc')).toBeUndefined();
    expect(idOf('tỉnh')).toBeUndefined();
    expect(idOf('thanh')).toBeUndefined();
    expect(idOf('')).toBeUndefined();
  });
});
