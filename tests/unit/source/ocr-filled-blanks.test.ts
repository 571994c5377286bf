/**
 * Handwritten digits in typed blanks, as Tesseract's TSV gives them (word, confidence, line): kept
 * when read for sure, "…" otherwise, so the number or the date is absent rather than wrong. The
 * confidences are those Tesseract gave real provincial scans: typed digits 95–97, handwriting 4–93.
 */
import { describe, expect, test } from 'vitest';
import { parseTesseractTsv } from '../../../src/lib/source/extract/ocr.ts';

/** One TSV line per word, all on line `line` of block 1, paragraph 1. */
function tsv(...lines: [line: number, words: [text: string, confidence: number][]][]): string {
  const rows = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext'];
  rows.push('1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t');
  for (const [line, words] of lines) {
    words.forEach(([text, confidence], i) => {
      rows.push(`5\t1\t1\t1\t${line}\t${i + 1}\t${100 + i * 200}\t${line * 60}\t150\t40\t${confidence}\t${text}`);
    });
  }
  return rows.join('\n');
}

const words = (t: string): string[] => parseTesseractTsv(t)[0]!.boxes.map((b) => b.text);

describe('the number written into the blank of “Số: … /CT-UBND”', () => {
  test('a number read for sure is kept', () => {
    expect(
      words(
        tsv([
          1,
          [
            ['Số:', 96],
            ['16', 96],
            ['/CT-UBND', 91],
          ],
        ]),
      ),
    ).toEqual(['Số:', '16', '/CT-UBND']);
  });

  test('a handwritten number Tesseract misreads, even at 93 %, is not', () => {
    expect(
      words(
        tsv([
          1,
          [
            ['Số:', 96],
            ['5206', 93],
            ['/UBND-KGVX', 90],
          ],
        ]),
      ),
    ).toEqual(['Số:', '…', '/UBND-KGVX']);
    expect(
      words(
        tsv([
          1,
          [
            ['ST', 4],
            ['/CT-UBND', 87],
          ],
        ]),
      ),
    ).toEqual(['ST', '/CT-UBND']);
    expect(
      words(
        tsv([
          1,
          [
            ['Số:⁄‡6', 38],
            ['/CT-UBND', 51],
          ],
        ]),
      ),
    ).toEqual(['Số: …', '/CT-UBND']);
  });

  test('a typed number (no blank: the digits touch the code) is left as read', () => {
    expect(
      words(
        tsv([
          1,
          [
            ['Số:', 96],
            ['15/CT-UBND', 88],
          ],
        ]),
      ),
    ).toEqual(['Số:', '15/CT-UBND']);
  });
});

describe('the day and month written into “ngày … tháng … năm …”', () => {
  test('digits read for sure are kept; unsure or garbled ones are not', () => {
    const line: [string, number][] = [
      ['Quảng', 96],
      ['Ngãi,', 96],
      ['ngày', 95],
      ['2#', 90],
      ['tháng', 96],
      ['12', 94],
      ['năm', 96],
      ['2021', 96],
    ];
    expect(words(tsv([2, line]))).toEqual(['Quảng', 'Ngãi,', 'ngày', '…', 'tháng', '12', 'năm', '2021']);
    const unsure = line.map(([t, c]): [string, number] => (t === '2#' ? ['27', 62] : [t, c]));
    expect(words(tsv([2, unsure]))).toContain('…');
    const sure = line.map(([t, c]): [string, number] => (t === '2#' ? ['27', 95] : [t, c]));
    expect(words(tsv([2, sure]))).toContain('27');
  });

  test('a digit glued to a date word is taken out, the words kept', () => {
    const line: [string, number][] = [
      ['ngày2Ítháng', 20],
      ['5', 96],
      ['năm', 96],
      ['2025', 96],
    ];
    expect(words(tsv([1, line]))[0]).toBe('ngày … Ítháng');
  });

  test('a citation in the body keeps its code; only the date digits are guarded', () => {
    const line: [string, number][] = [
      ['Chỉ', 96],
      ['thị', 96],
      ['số', 96],
      ['11/CT-TTg', 80],
      ['ngày', 96],
      ['16', 96],
      ['tháng', 96],
      ['4', 96],
      ['năm', 96],
      ['2021', 96],
    ];
    expect(words(tsv([5, line]))).toEqual(line.map(([t]) => t));
  });
});
