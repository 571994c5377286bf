import { describe, expect, test } from 'vitest';
import { numberValue } from '../../../src/lib/periods/numbers-in-words.ts';

describe('numberValue', () => {
  test.each([
    ['10', 10],
    ['1,5', 1.5],
    ['mười', 10],
    ['năm', 5],
    ['mười lăm', 15],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['hai mươi lăm', 25],
    ['ba mươi tư', 34],
    ['một trăm', 100],
    ['một trăm linh năm', 105],
    ['Mười', 10],
  ])('%s → %d', (written, value) => {
    expect(numberValue(written)).toBe(value);
  });

  test.each(['hai ba', 'lăm', 'mốt', 'mươi', 'mười mười', 'tám mươi mươi'])('“%s” is not one number', (written) => {
    expect(numberValue(written)).toBeNull();
  });
});
