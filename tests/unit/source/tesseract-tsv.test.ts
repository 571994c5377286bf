import { describe, expect, test } from 'vitest';
import { layoutPages } from '../../../src/lib/source/extract/layout.ts';
import { parseTesseractTsv } from '../../../src/lib/source/extract/ocr.ts';

/** Tesseract's TSV as it prints it: a header, a row per page/block/paragraph/line, one per word. */
const HEAD = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const page = (n: number): string => `1\t${n}\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t`;
const word = (p: number, left: number, top: number, text: string, conf: number): string =>
  `5\t${p}\t1\t1\t1\t1\t${left}\t${top}\t${text.length * 30}\t40\t${conf}\t${text}`;

describe('parseTesseractTsv', () => {
  test('keeps each page of a multi-page TIFF apart, with its mean word confidence', () => {
    const tsv = [
      HEAD,
      page(1),
      word(1, 200, 300, 'Số:', 96),
      word(1, 320, 300, '15/CT-UBND', 90),
      page(2),
      word(2, 1400, 300, 'Đầu', 93),
      word(2, 1520, 300, 'Thanh', 95),
      word(2, 1700, 300, 'Tùng', 97),
    ].join('\n');
    const pages = parseTesseractTsv(tsv);
    expect(pages.map((p) => p.confidence)).toEqual([93, 95]);
    const laid = layoutPages(pages.map((p, i) => ({ page: i + 1, boxes: p.boxes })));
    expect(laid).toEqual({
      lines: ['Số: 15/CT-UBND', 'Đầu Thanh Tùng'],
      pages: [
        { page: 1, line: 1 },
        { page: 2, line: 2 },
      ],
    });
  });

  test('a page with no words has no confidence (not 0 %)', () => {
    expect(parseTesseractTsv([HEAD, page(1)].join('\n'))).toEqual([{ boxes: [], confidence: null }]);
  });
});
