import { describe, expect, test } from 'vitest';
import { findDate, formatVietnameseDate } from '../../../src/lib/directive/dates.ts';

describe('formatVietnameseDate (Nghị định 30/2020: a zero before a day under 10 and months 1–2)', () => {
  test.each([
    ['2021-08-07', '07/8/2021'],
    ['2021-02-15', '15/02/2021'],
    ['2021-01-05', '05/01/2021'],
    ['2020-12-28', '28/12/2020'],
    ['2021-07-22', '22/7/2021'],
  ])('%s → %s', (iso, expected) => expect(formatVietnameseDate(iso)).toBe(expected));

  test('reads back as the same date', () => {
    for (const iso of ['2021-08-07', '2021-02-15', '2020-12-28']) {
      expect(findDate(`ngày ${formatVietnameseDate(iso)}`)?.date).toBe(iso);
    }
  });
});
