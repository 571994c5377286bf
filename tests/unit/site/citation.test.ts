import { describe, expect, test } from 'vitest';
import { clauseCitation, directiveCitation } from '../../../src/lib/site/citation.ts';
import { clauseLabel } from '../../../src/lib/site/clause-label.ts';
import { clause, seed } from './seeds.ts';

describe('clauseCitation', () => {
  test('a numbered item of a party letter is a mục, cited with number, date and issuer with its province', () => {
    const d = seed('thanh-hoa-2021-07-22-329-cv-tu');
    expect(clauseCitation(d, clause(d, '3'))).toBe(
      'Mục 3, Công văn số 329-CV/TU ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy Thanh Hóa',
    );
  });

  test('a dash item is counted within its parent', () => {
    const d = seed('thanh-hoa-2021-07-22-329-cv-tu');
    expect(clauseCitation(d, clause(d, '3.-2'))).toBe(
      'Gạch đầu dòng thứ 2, Mục 3, Công văn số 329-CV/TU ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy Thanh Hóa',
    );
  });

  test('a directive with neither number nor date says so instead of inventing them', () => {
    const d = seed('son-la-2021-ct-ubnd-thay-the-24');
    expect(clauseCitation(d, clause(d, '3.b'))).toBe('Điểm b, Mục 3, Chỉ thị của Chủ tịch UBND tỉnh Sơn La');
  });

  test('the marker’s punctuation is not part of the label: "1-" is Mục 1', () => {
    const d = seed('hung-yen-2021-05-08-261-cv-tu');
    expect(clauseLabel(clause(d, '1'), d.clauses)).toBe('Mục 1');
  });
});

describe('directiveCitation', () => {
  test('an inferred date is cited in square brackets, as supplied from outside the document', () => {
    expect(directiveCitation(seed('hai-duong-2020-08-28-tbkl-ban-thuong-vu'))).toBe(
      'Thông báo kết luận ngày [28/8/2020] của Ban Thường vụ Tỉnh ủy Hải Dương',
    );
  });
});
