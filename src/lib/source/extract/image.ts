/** A scanned page as an image (PNG, JPEG, TIFF) → text by OCR, laid out like a PDF page. */
import type { Extracted } from './extracted.ts';
import { corruptIssue, noTextIssue, ocrIssue, ocrUnavailableIssue, timeoutIssue } from './extract-issues.ts';
import { layoutPages } from './layout.ts';
import { checkTesseract, ocrImage, type OcrTools } from './ocr.ts';

export async function extractImage(file: string, tools: OcrTools | null): Promise<Extracted> {
  const missing = tools === null ? 'OCR is turned off' : await checkTesseract(tools);
  if (missing !== null) return { ok: false, error: ocrUnavailableIssue(file, null, missing) };
  const outcome = await ocrImage(file, tools!);
  if (!outcome.ok) {
    if (outcome.reason === 'timeout') return { ok: false, error: timeoutIssue(file, `OCR: ${outcome.message}`) };
    return { ok: false, error: corruptIssue(file, 'image', outcome.message) };
  }
  const { boxes, confidence } = outcome.page;
  const laid = layoutPages([{ page: 1, boxes }]);
  if (confidence === null || laid.lines.join('').trim() === '') {
    return {
      ok: false,
      error: noTextIssue(
        file,
        'OCR found no text in this image',
        'check it is a page of the directive, upright and legible; a photo of a page should be cropped to the page',
      ),
    };
  }
  return {
    ok: true,
    text: `${laid.lines.join('\n')}\n`,
    extractor: 'ocr',
    warnings: [ocrIssue(file, null, confidence)],
    pages: laid.pages,
    pageCount: 1,
    ocr: { pages: [1], meanConfidence: confidence, pageConfidence: [confidence] },
  };
}
