/**
 * Scans as provincial PDFs really are, made the same way by the project (make-scans.ts): a bilevel
 * 300 dpi scan whose only text layer is the e-signature stamp, signed the day after the printed date
 * by the province's Văn phòng. Read with the real Tesseract, the directive's own number, type and date
 * come out, and nothing of the stamp: not its time as the date of issue, not its office as the issuer.
 * A blank scan with the stamp, and a text layer of random glyphs, are refused, not published.
 */
import { describe, expect, test } from 'vitest';
import { buildDirective } from '../../../src/lib/ingest/build-directive.ts';
import { readSource } from '../../../src/lib/source/read-source.ts';
import { essentials, expectError, fixture, readOk } from './helpers/formats.ts';

const OCR_TIMEOUT = 240_000;

describe('a scan whose only text layer is an e-signature stamp', () => {
  test(
    'goes to OCR, and reads to its own number, type and date, never the stamp’s',
    async () => {
      const scan = await readOk('directive-scan-signed.pdf');
      expect(scan.extractor).toBe('ocr');
      expect(scan.ocr?.pages).toEqual([1]);
      // The stamp is in the text layer and painted on the page: neither copy reaches the text.
      expect(scan.text).not.toMatch(/Ký bởi|Thời gian ký|Cơ quan:|08:15/);
      expect(scan.text).not.toContain('21/09/2021');
      const d = buildDirective(scan, null);
      const got = essentials(d);
      expect({ number: got.number, docType: got.docType, date: got.date, province: got.province }).toEqual({
        number: '15/CT-UBND',
        docType: 'chi-thi',
        date: '2021-09-20',
        province: 'thanh-hoa',
      });
      expect(JSON.stringify(d.issuer)).not.toContain('Văn phòng');
      expect(d.date?.provenance === 'extracted' && d.date.span.page).toBe(1);
    },
    OCR_TIMEOUT,
  );

  test(
    'a blank scan with only the stamp is refused, not published as a directive',
    async () => {
      const result = await readSource(fixture('blank-scan-signed.pdf'));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(['no-text', 'gibberish']).toContain(result.error.code);
      expect(result.error.message).toMatch(/not even by OCR|holds almost nothing/);
    },
    OCR_TIMEOUT,
  );
});

describe('a text layer that is not Vietnamese prose is refused', () => {
  test('random glyphs', async () => {
    const result = await readSource(fixture('garbage-text.pdf'));
    expectError(result, 'gibberish', 'not published as a directive', 'is not Vietnamese', 'random glyphs');
  });

  test('every format twin of the project’s directive still reads (real Vietnamese passes)', async () => {
    for (const name of ['directive.pdf', 'directive-tcvn3.pdf']) {
      const read = await readOk(name);
      expect(read.text).toContain('CHỈ THỊ');
    }
  });
});
