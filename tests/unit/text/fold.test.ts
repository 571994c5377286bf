import { describe, expect, test } from 'vitest';
import { foldDiacritics, foldKey } from '../../../src/lib/text/fold.ts';

describe('foldDiacritics', () => {
  test('removes tones and quality marks, even stacked ones', () => {
    expect(foldDiacritics('người bệnh phòng chống dịch')).toBe('nguoi benh phong chong dich');
    expect(foldDiacritics('ệ ặ ự ỗ ằ')).toBe('e a u o a');
  });

  test('folds đ to d and Đ to D', () => {
    expect(foldDiacritics('Đảng đoàn')).toBe('Dang doan');
  });

  test('keeps case', () => {
    expect(foldDiacritics('Thanh Hóa')).toBe('Thanh Hoa');
    expect(foldDiacritics('KHẨN')).toBe('KHAN');
  });

  test('leaves codes and ASCII as they are', () => {
    expect(foldDiacritics('16/CT-TTg, SARS-CoV-2')).toBe('16/CT-TTg, SARS-CoV-2');
  });
});

describe('foldKey', () => {
  test('gives "Đảng", "đảng" and "dang" one key', () => {
    expect(foldKey('Đảng')).toBe('dang');
    expect(foldKey('đảng')).toBe('dang');
    expect(foldKey('dang')).toBe('dang');
  });

  test('makes both tone placements equal: hoá and hóa', () => {
    expect(foldKey('Hoá')).toBe(foldKey('hóa'));
  });

  test('folds a document code with Đ: 109-BC/BCSĐ', () => {
    expect(foldKey('109-BC/BCSĐ')).toBe('109-bc/bcsd');
  });
});
