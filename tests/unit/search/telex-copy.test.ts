import { describe, expect, test } from 'vitest';
import { telexCopy, wordRuns } from '../../../src/lib/search/telex-copy.ts';

describe('telexCopy', () => {
  test('gives one Telex word per run of letters and digits, split where Meilisearch splits', () => {
    expect(telexCopy('Chỉ thị 16/CT-TTg, ngày 22/7/2021: Đảng bộ')).toBe(
      'chir thij 16 ct ttg ngayf 22 7 2021 ddangr booj',
    );
  });

  test('keeps tỉnh, tính and tinh apart', () => {
    expect(telexCopy('tỉnh tính tinh')).toBe('tinhr tinhs tinh');
  });

  test('gives a code with Đ its ASCII form', () => {
    expect(telexCopy('109-BC/BCSĐ')).toBe('109 bc bcsdd');
  });

  test('has one word per run, so the highlighter can map word i back to run i', () => {
    const text = 'tiêm vắc-xin… phòng “Covid – 19”';
    expect(telexCopy(text).split(' ')).toHaveLength(wordRuns(text).length);
    expect(wordRuns(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'tiêm',
      'vắc',
      'xin',
      'phòng',
      'Covid',
      '19',
    ]);
  });
});
