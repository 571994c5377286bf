/**
 * PDF → text in reading order, with the page of every line, through pdfjs (the engine pdf-parse 2
 * wraps, at the version pdf-parse pins: it runs on Node 20). pdf-parse's own `getText()` returns each
 * page as one string, without the positions needed to keep the two header columns apart, so the text
 * items (string + position) are read from pdfjs directly and laid out by layout.ts.
 *
 * A page with no text layer is a scan: it is rendered and read by OCR by itself (ocr.ts); a PDF with
 * no text layer at all is an `ocr` extraction, one with some scanned pages a `pdf` one listing them.
 */
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { OcrInfo, SourceIssue } from '../source-types.ts';
import {
  corruptIssue,
  encryptedIssue,
  noTextIssue,
  ocrIssue,
  ocrUnavailableIssue,
  timeoutIssue,
  tooManyPagesIssue,
} from './extract-issues.ts';
import { layoutPages, splitSpacedBox, type PageBoxes, type TextBox } from './layout.ts';
import { checkTesseract, ocrPdfPage, type OcrTools } from './ocr.ts';
import { withTimeout } from './run-tool.ts';

export interface PdfOptions {
  maxPages: number;
  /** Limit for reading the text layer of all pages (in this process); OCR pages have their own, each. */
  timeoutMs: number;
  /** null: OCR turned off. */
  ocr: OcrTools | null;
}

export type PdfOutcome =
  | {
      ok: true;
      text: string;
      pages: { page: number; line: number }[];
      pageCount: number;
      ocr: OcrInfo | null;
      warnings: SourceIssue[];
    }
  | { ok: false; error: SourceIssue };

export async function extractPdf(bytes: Uint8Array, file: string, options: PdfOptions): Promise<PdfOutcome> {
  let doc: PDFDocumentProxy;
  try {
    // pdfjs takes ownership of the buffer it is given: hand it a copy.
    doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true })
      .promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, error: encryptedIssue(file) };
    return { ok: false, error: corruptIssue(file, 'PDF', (error as Error).message ?? String(error)) };
  }
  try {
    if (doc.numPages > options.maxPages) {
      return { ok: false, error: tooManyPagesIssue(file, doc.numPages, options.maxPages) };
    }
    return await readPages(doc, file, options);
  } finally {
    await doc.destroy();
  }
}

/**
 * Under this many letters, a page that also paints an image is a scan with a stamp of text on it —
 * "Scanned by CamScanner", a scanner's page label, a fax header — and goes to OCR like a bare scan.
 * A page of real text holds more (the shortest, a signature page, has ~100 in a short directive, so a
 * page of signature only with a picture of the seal may be read by OCR too: slower, not wrong).
 */
const SCAN_STAMP_LETTERS = 80;

const IMAGE_OPS = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);

async function paintsImage(page: PDFPageProxy): Promise<boolean> {
  const { fnArray } = await page.getOperatorList();
  return fnArray.some((fn) => IMAGE_OPS.has(fn));
}

/** Each page's text boxes, and which pages are scans (with the stamp text of each, kept as a fallback). */
async function textLayers(doc: PDFDocumentProxy): Promise<{ pages: PageBoxes[]; scanned: PageBoxes[] }> {
  const pages: PageBoxes[] = [];
  const scanned: PageBoxes[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const boxes = await textLayer(page);
    const letters = boxes.reduce((n, b) => n + b.text.replace(/\s/g, '').length, 0);
    const scan = letters === 0 || (letters < SCAN_STAMP_LETTERS && (await paintsImage(page)));
    (scan ? scanned : pages).push({ page: number, boxes });
    page.cleanup();
  }
  return { pages, scanned };
}

async function readPages(doc: PDFDocumentProxy, file: string, options: PdfOptions): Promise<PdfOutcome> {
  const layers = await withTimeout(textLayers(doc), options.timeoutMs);
  if (layers === 'timeout') {
    return {
      ok: false,
      error: timeoutIssue(file, `reading the text of the PDF took over ${options.timeoutMs / 1000} s`),
    };
  }
  const { pages, scanned } = layers;
  const warnings: SourceIssue[] = [];
  let ocr: OcrInfo | null = null;
  if (scanned.length > 0) {
    const read = await ocrPages(file, scanned, options.ocr, pages.length === 0);
    if (!read.ok) return read;
    pages.push(...read.pages);
    // Pages OCR could not read keep what text layer they have (a stamp at worst).
    const done = new Set(read.pages.map((p) => p.page));
    pages.push(...scanned.filter((p) => !done.has(p.page) && p.boxes.length > 0));
    pages.sort((a, b) => a.page - b.page);
    warnings.push(...read.warnings);
    ocr = read.info;
  }
  const laid = layoutPages(pages);
  if (laid.lines.join('').trim() === '') {
    return {
      ok: false,
      error: noTextIssue(
        file,
        `no text was found on any of the ${doc.numPages} page${doc.numPages > 1 ? 's' : ''} of this PDF, not even by OCR`,
        'check the file shows the directive when opened; a blank or image-only page of a photo cannot be read',
      ),
    };
  }
  return { ok: true, text: `${laid.lines.join('\n')}\n`, pages: laid.pages, pageCount: doc.numPages, ocr, warnings };
}

/** The page's text items as boxes, top-down coordinates in points; rotated text is left out. */
async function textLayer(page: PDFPageProxy): Promise<TextBox[]> {
  const { height } = page.getViewport({ scale: 1 });
  // No normalisation: pdfjs would fold "µ" (TCVN3 "à") to Greek "μ" and soft hyphens (TCVN3 "ư") to "-".
  const content = await page.getTextContent({ disableNormalization: true });
  const boxes: TextBox[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const { str, transform, width } = item as TextItem;
    const [a, b, c, d, x, y] = transform as [number, number, number, number, number, number];
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || str.trim() === '') continue;
    const size = Math.abs(d) || Math.abs(a);
    // Baseline y from the bottom → a box from ascender to a little under the baseline, from the top.
    const box = { text: str, left: x, right: x + width, top: height - y - size * 0.8, bottom: height - y + size * 0.2 };
    boxes.push(...splitSpacedBox(box));
  }
  return boxes;
}

type OcrPagesOutcome =
  | { ok: true; pages: PageBoxes[]; info: OcrInfo | null; warnings: SourceIssue[] }
  | { ok: false; error: SourceIssue };

async function ocrPages(
  file: string,
  scannedPages: PageBoxes[],
  tools: OcrTools | null,
  wholeDocument: boolean,
): Promise<OcrPagesOutcome> {
  const scanned = scannedPages.map((p) => p.page);
  const missing = tools === null ? 'OCR is turned off' : await checkTesseract(tools);
  if (missing !== null) {
    const issue = ocrUnavailableIssue(file, scanned, missing);
    if (wholeDocument) return { ok: false, error: issue };
    // The pages with text are still read; the scanned ones are named in a warning, not guessed at.
    return {
      ok: true,
      pages: [],
      info: null,
      warnings: [{ ...issue, message: `${issue.message}; the other pages were read` }],
    };
  }
  const pages: PageBoxes[] = [];
  const read: number[] = [];
  const confidences: number[] = [];
  for (const page of scanned) {
    const outcome = await ocrPdfPage(file, page, tools!);
    if (!outcome.ok) {
      if (outcome.reason === 'timeout')
        return { ok: false, error: timeoutIssue(file, `OCR of page ${page}: ${outcome.message}`) };
      return { ok: false, error: ocrUnavailableIssue(file, [page], outcome.message) };
    }
    const image = outcome.pages[0];
    if (!image || image.confidence === null) continue;
    pages.push({ page, boxes: image.boxes });
    read.push(page);
    confidences.push(image.confidence);
  }
  const mean = confidences.length === 0 ? 0 : confidences.reduce((a, b) => a + b, 0) / confidences.length;
  const warnings = read.length > 0 ? [ocrIssue(file, read, mean)] : [];
  const info = read.length > 0 ? { pages: read, meanConfidence: mean, pageConfidence: confidences } : null;
  return { ok: true, pages, info, warnings };
}
