/**
 * OCR with the real Tesseract (Debian's tesseract-ocr + tesseract-ocr-vie; the test command installs
 * them). The scans are the project's own PDF rendered at 300 dpi, so the character error rate is
 * measured against the text layer of the very page that was rendered: a clean-scan figure, not a
 * figure for photographed or stamped pages.
 */
import { describe, expect, test } from 'vitest';
import { buildDirective } from '../../../src/lib/ingest/build-directive.ts';
import { characterErrorRate, essentials, pageText, readOk } from './helpers/formats.ts';

const OCR_TIMEOUT = 240_000;

describe('scans are read by OCR, marked as such, with Tesseract’s confidence', () => {
  test(
    'an image of page 1: the same metadata as the text twin, and a character error rate ≤ 3 %',
    async () => {
      const [scan, pdf, twin] = await Promise.all([
        readOk('directive-scan.png'),
        readOk('directive.pdf'),
        readOk('directive.txt'),
      ]);
      expect(scan.extractor).toBe('ocr');
      expect(scan.ocr?.pages).toEqual([1]);
      const cer = characterErrorRate(scan.text, pageText(pdf, 1));
      console.log(
        `OCR directive-scan.png: character error rate ${(cer * 100).toFixed(2)} % ` +
          `(Tesseract mean confidence ${scan.ocr?.meanConfidence.toFixed(1)} %)`,
      );
      expect(cer).toBeLessThanOrEqual(0.03);
      const { signer: _signer, ...expected } = essentials(buildDirective(twin, null));
      const { signer, ...got } = essentials(buildDirective(scan, null));
      // The signature is on page 2, not in this image.
      expect(signer).toBeNull();
      expect(got).toEqual(expected);
      const d = buildDirective(scan, null);
      expect(d.extraction?.ocr).toMatchObject({ engine: 'tesseract', pages: [1] });
      expect(d.extraction!.ocr!.meanConfidence).toBeGreaterThan(80);
      expect(
        d.warnings.some((w) => /read from a scan by OCR \(Tesseract, mean confidence \d+ %\)/.test(w.message)),
      ).toBe(true);
    },
    OCR_TIMEOUT,
  );

  test(
    'an image-only PDF: every page to OCR, the same directive as the text twin, page provenance kept',
    async () => {
      const [scan, pdf, twin] = await Promise.all([
        readOk('directive-scan.pdf'),
        readOk('directive.pdf'),
        readOk('directive.txt'),
      ]);
      expect(scan.extractor).toBe('ocr');
      expect(scan.ocr?.pages).toEqual([1, 2]);
      const cer = characterErrorRate(scan.text, pdf.text);
      console.log(`OCR directive-scan.pdf (2 pages): character error rate ${(cer * 100).toFixed(2)} %`);
      expect(cer).toBeLessThanOrEqual(0.03);
      const d = buildDirective(scan, null);
      expect(essentials(d)).toEqual(essentials(buildDirective(twin, null)));
      expect(d.signer?.provenance === 'extracted' && d.signer.span.page).toBe(2);
    },
    OCR_TIMEOUT,
  );

  test(
    'a PDF mixing a scanned page and a text page: only the scanned page goes to OCR',
    async () => {
      const mixed = await readOk('directive-mixed.pdf');
      expect(mixed.extractor).toBe('pdf');
      expect(mixed.pageCount).toBe(2);
      expect(mixed.ocr?.pages).toEqual([1]);
      const d = buildDirective(mixed, null);
      expect(d.extraction).toMatchObject({ extractor: 'pdf', pageCount: 2, ocr: { engine: 'tesseract', pages: [1] } });
      expect(d.number?.value).toBe('15/CT-UBND');
      expect(d.signer?.value.name).toBe('Đầu Thanh Tùng');
    },
    OCR_TIMEOUT,
  );

  test(
    'a scan whose only text layer is a scanner app’s stamp still goes to OCR',
    async () => {
      const scan = await readOk('directive-scan-stamped.pdf');
      expect(scan.extractor).toBe('ocr');
      expect(scan.ocr?.pages).toEqual([1]);
      const d = buildDirective(scan, null);
      expect(d.number?.value).toBe('15/CT-UBND');
      expect(d.date?.value).toBe('2021-09-20');
    },
    OCR_TIMEOUT,
  );
});
