import { describe, expect, test } from 'vitest';
import { layoutPages, splitSpacedBox, type TextBox } from '../../../src/lib/source/extract/layout.ts';

/** A box of `text` at (left, top), 12 units high, 6 units a letter: a page as a PDF reader sees it. */
const box = (left: number, top: number, text: string): TextBox => ({
  text,
  left,
  right: left + text.length * 6,
  top,
  bottom: top + 12,
});

/** Body lines of a justified paragraph: left margin 70, right margin 70 + 480. */
const line = (top: number, text: string, indent = 0): TextBox => ({
  text,
  left: 70 + indent,
  right: 550,
  top,
  bottom: top + 12,
});

describe('layoutPages', () => {
  test('a two-column header is read column by column, band by band', () => {
    const { lines } = layoutPages([
      {
        page: 1,
        boxes: [
          box(280, 50, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
          box(90, 50, 'ỦY BAN NHÂN DÂN'),
          box(320, 66, 'Độc lập - Tự do - Hạnh phúc'),
          box(95, 66, 'TỈNH THANH HÓA'),
          box(100, 100, 'Số: 15/CT-UBND'),
          box(300, 100, 'Thanh Hóa, ngày 20 tháng 9 năm 2021'),
        ],
      },
    ]);
    expect(lines).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH THANH HÓA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 15/CT-UBND',
      'Thanh Hóa, ngày 20 tháng 9 năm 2021',
    ]);
  });

  test('a paragraph wrapped over a page break, under a page number, is one line on the page it starts', () => {
    const laid = layoutPages([
      {
        page: 1,
        boxes: [
          line(100, '1. Tạm dừng các hoạt động không thiết yếu', 28),
          line(116, 'trên địa bàn tỉnh.'),
          line(132, '2. Người dân thực hiện nghiêm yêu cầu 5K, đeo khẩu trang', 28),
          line(148, 'nơi công cộng, không ra khỏi nhà khi không thật'),
        ],
      },
      {
        page: 2,
        boxes: [
          box(300, 30, '2'),
          { ...line(100, 'cần thiết.'), right: 130 },
          line(116, '3. Sở Y tế chủ trì, phối hợp với các địa phương tổ chức', 28),
          { ...line(132, 'xét nghiệm.'), right: 140 },
        ],
      },
    ]);
    expect(laid.lines).toEqual([
      '1. Tạm dừng các hoạt động không thiết yếu trên địa bàn tỉnh.',
      '2. Người dân thực hiện nghiêm yêu cầu 5K, đeo khẩu trang nơi công cộng, không ra khỏi nhà khi không thật cần thiết.',
      '3. Sở Y tế chủ trì, phối hợp với các địa phương tổ chức xét nghiệm.',
    ]);
    expect(laid.pages).toEqual([
      { page: 1, line: 1 },
      { page: 2, line: 3 },
    ]);
  });

  test('a full line followed by a new item ("a)") does not swallow it', () => {
    const { lines } = layoutPages([
      {
        page: 1,
        boxes: [
          line(100, '1. Tạm dừng các hoạt động không thiết yếu, cụ thể như sau đây:', 28),
          line(116, 'a) Tạm dừng hoạt động các nhà hàng, quán ăn, quán cà phê'),
          { ...line(132, 'bán mang về.'), right: 150 },
        ],
      },
    ]);
    expect(lines).toEqual([
      '1. Tạm dừng các hoạt động không thiết yếu, cụ thể như sau đây:',
      'a) Tạm dừng hoạt động các nhà hàng, quán ăn, quán cà phê bán mang về.',
    ]);
  });
});

describe('splitSpacedBox', () => {
  test('a header line written as one string with spaces between the columns is cut at the gap', () => {
    const header = 'TỈNH ỦY HƯNG YÊN          ĐẢNG CỘNG SẢN VIỆT NAM';
    const pieces = splitSpacedBox({ text: header, left: 0, right: header.length * 6, top: 0, bottom: 12 });
    expect(pieces.map((p) => [p.text, p.left])).toEqual([
      ['TỈNH ỦY HƯNG YÊN', 0],
      ['ĐẢNG CỘNG SẢN VIỆT NAM', 26 * 6],
    ]);
    const { lines } = layoutPages([{ page: 1, boxes: pieces }]);
    expect(lines).toEqual(['TỈNH ỦY HƯNG YÊN', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  });

  test('ordinary spacing is left alone', () => {
    const spaced = { text: 'Số: 15/CT-UBND  ngày', left: 0, right: 120, top: 0, bottom: 12 };
    expect(splitSpacedBox(spaced)).toEqual([spaced]);
  });
});
