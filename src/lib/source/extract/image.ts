/** A scanned page as an image (PNG, JPEG, TIFF) → text by OCR, laid out like a PDF page. */
import type { Extracted } from './extracted.ts';
import { corruptIssue, noTextIssue, ocrIssue, ocrUnavailableIssue, timeoutIssue } from './extract-issues.ts';
import { layoutPages } from './layout.ts';
import { checkTesseract, ocrImage, type OcrTools } from './ocr.ts';
import { repairTitleLines } from './ocr-title-words.ts';
import { withoutStampLines } from './signature-stamp.ts';

export async function extractImage(file: string, tools: OcrTools | null): Promise<Extracted> {
  const missing = tools === null ? 'OCR is turned off' : await checkTesseract(tools);
  if (missing !== null) return { ok: false, error: ocrUnavailableIssue(file, null, missing) };
  const outcome = await ocrImage(file, tools!);
  if (!outcome.ok) {
    if (outcome.reason === 'timeout') return { ok: false, error: timeoutIssue(file, `OCR: ${outcome.message}`) };
    return { ok: false, error: corruptIssue(file, 'image', outcome.message) };
  }
  const read = outcome.pages
    .map((image, i) => ({ page: i + 1, boxes: image.boxes, confidence: image.confidence }))
    .filter((p): p is { page: number; boxes: typeof p.boxes; confidence: number } => p.confidence !== null);
  const laid = repairTitleLines(withoutStampLines(layoutPages(read)));
  if (read.length === 0 || laid.lines.join('').trim() === '') {
    return {
      ok: false,
      error: noTextIssue(
        file,
        'OCR found no text in this image',
        'check it is a page of the directive, upright and legible; a photo of a page should be cropped to the page',
      ),
    };
  }
  const confidences = read.map((p) => p.confidence);
  const mean = confidences.reduce((a, b) => a + b, 0) / confidences.length;
  const multiPage = outcome.pages.length > 1;
  return {
    ok: true,
    text: `${laid.lines.join('\n')}\n`,
    extractor: 'ocr',
    warnings: [ocrIssue(file, multiPage ? read.map((p) => p.page) : null, mean)],
    pages: laid.pages,
    pageCount: outcome.pages.length,
    ocr: { pages: read.map((p) => p.page), meanConfidence: mean, pageConfidence: confidences },
  };
}
