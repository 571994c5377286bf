/**
 * The e-signature and scanner stamps of real provincial PDFs (their forms, not their texts), and the
 * directive lines that look a little like them and must stay.
 */
import { describe, expect, test } from 'vitest';
import { stampLines, withoutStampLines } from '../../../src/lib/source/extract/signature-stamp.ts';

const kept = (lines: string[]): string[] => lines.filter((_, i) => !stampLines(lines).has(i));

describe('stampLines', () => {
  test('a stamp whose values wrap over several lines is taken whole', () => {
    const lines = [
      'Ký bởi: Ủy ban nhân',
      'dân tỉnh Hà Nam',
      'Thời gian ký:',
      '11/05/2021 11:26:39',
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÀ NAM',
      'Số: 11/CT-UBND',
    ];
    expect(kept(lines)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', 'Số: 11/CT-UBND']);
  });

  test('the other systems’ forms: Người ký, Cơ quan, Email, an ISO time, a bare timestamp, a certified copy', () => {
    const lines = [
      'SAO Y; Ủy ban Nhân dân tỉnh Hà Nam; Thời gian ký: 2025-05-20T08:51:02+07:00',
      'Người ký: Trung tâm Công báo',
      'Email: congbao@hanam.gov.vn',
      'Cơ quan: Văn phòng Ủy ban nhân dân tỉnh',
      'Thời gian ký: 16.04.2020 07:37:07',
      '+07:00',
      '27/12/2021 17:22:11',
      'Scanned by CamScanner',
      'Hà Nam, ngày 15 tháng 4 năm 2020',
    ];
    expect(kept(lines)).toEqual(['Hà Nam, ngày 15 tháng 4 năm 2020']);
  });

  test('directive lines are kept: a date line, an agency that leads a clause, a time in a sentence', () => {
    const lines = [
      'Hà Nam, ngày 20 tháng 9 năm 2021',
      'Cơ quan chủ trì: Sở Y tế',
      '2. Các cơ quan, đơn vị ký cam kết thực hiện từ 00 giờ 00 ngày 21/9/2021.',
      'Nơi nhận:',
      '- Như trên;',
    ];
    expect(kept(lines)).toEqual(lines);
  });
});

describe('withoutStampLines', () => {
  test('each page’s first line follows the lines taken out', () => {
    const laid = {
      lines: ['Ký bởi: Ủy ban nhân dân tỉnh', 'Thời gian ký: 05/01/2021 08:15:24', 'ỦY BAN NHÂN DÂN', 'trang hai'],
      pages: [
        { page: 1, line: 1 },
        { page: 2, line: 4 },
      ],
    };
    expect(withoutStampLines(laid)).toEqual({
      lines: ['ỦY BAN NHÂN DÂN', 'trang hai'],
      pages: [
        { page: 1, line: 1 },
        { page: 2, line: 2 },
      ],
    });
  });
});
