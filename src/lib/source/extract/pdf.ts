/**
 * PDF → text in reading order, with the page of every line, through pdfjs (the engine pdf-parse 2
 * wraps, at the version pdf-parse pins: it runs on Node 20). pdf-parse's own `getText()` returns each
 * page as one string, without the positions needed to keep the two header columns apart, so the text
 * items (string + position) are read from pdfjs directly and laid out by layout.ts.
 *
 * A page with no text layer is a scan: it is rendered and read by OCR by itself (ocr.ts); a PDF with
 * no text layer at all is an `ocr` extraction, one with some scanned pages a `pdf` one listing them.
 * So is a page whose only text is an e-signature or scanner stamp (signature-stamp.ts): provincial
 * PDFs are scans signed by the e-office system, and the stamp is all their text layer holds. Stamp
 * text never reaches the parser: the stamp's boxes are masked out of the OCR words, signature fields
 * are hidden when the page is rendered, and stamp lines are dropped from the laid-out text.
 *
 * No image is decoded here: the images' sizes are read from their dictionaries first
 * (pdf-image-sizes.ts) and a PDF holding one past the limit is refused; pdfjs only reads text, and
 * pdftoppm renders the scanned pages.
 */
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { OcrInfo, SourceIssue } from '../source-types.ts';
import {
  corruptIssue,
  brokenPdfIssue,
  encryptedIssue,
  imageTooLargeIssue,
  noTextIssue,
  notPdfIssue,
  ocrIssue,
  ocrUnavailableIssue,
  timeoutIssue,
  tooManyPagesIssue,
} from './extract-issues.ts';
import { layoutPages, splitSpacedBox, type PageBoxes, type TextBox } from './layout.ts';
import { checkTesseract, ocrPdfPage, type OcrTools } from './ocr.ts';
import { largestImage } from './pdf-image-sizes.ts';
import { withTimeout } from './run-tool.ts';
import { repairTitleLines } from './ocr-title-words.ts';
import { stampLines, withoutStampLines } from './signature-stamp.ts';

export interface PdfOptions {
  maxPages: number;
  /** PDFs holding an image of more pixels than this are refused before anything is decoded. */
  maxImagePixels: number;
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

/** What a PDF starts with, within its first KB (some writers put a few bytes before it). */
const PDF_MAGIC = '%PDF-';
const MAGIC_WINDOW = 1024;

export async function extractPdf(bytes: Uint8Array, file: string, options: PdfOptions): Promise<PdfOutcome> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, MAGIC_WINDOW));
  if (!head.includes(PDF_MAGIC)) return { ok: false, error: notPdfIssue(file, head) };
  const largest = largestImage(bytes);
  if (largest && largest.width * largest.height > options.maxImagePixels) {
    return { ok: false, error: imageTooLargeIssue(file, largest, options.maxImagePixels) };
  }
  let doc: PDFDocumentProxy;
  try {
    doc = await getDocument({
      // pdfjs takes ownership of the buffer it is given: hand it a copy.
      data: bytes.slice(),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      // Nothing here paints a page; an inline image the byte scan cannot see is still never decoded past this.
      maxImageSize: options.maxImagePixels,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, error: encryptedIssue(file) };
    return { ok: false, error: corruptIssue(file, 'PDF', (error as Error).message ?? String(error)) };
  }
  try {
    if (doc.numPages > options.maxPages) {
      return { ok: false, error: tooManyPagesIssue(file, doc.numPages, options.maxPages) };
    }
    return await readPages(doc, file, options, largest !== null && isPageSized(largest));
  } catch (error) {
    // pdfjs checks a page tree's structure only when a page is fetched ("Pages tree contains circular
    // reference", "Bad (uncompressed) XRef entry"): the file is broken, not the reader.
    return { ok: false, error: brokenPdfIssue(file, (error as Error).message ?? String(error)) };
  } finally {
    await doc.destroy();
  }
}

/**
 * Under this many letters (stamps left out), a page of a PDF that holds a scanned image is a scan with
 * a scrap of text on it — a scanner's page label, a fax header ("Trang 1/3") — and goes to OCR like
 * a bare scan. The known stamps are left out first (signature-stamp.ts), so the scrap is short; a
 * page of real text holds more (the shortest, a signature page, ~50 letters in a short directive).
 * Which page paints the image is not asked of pdfjs: it learns that only by decoding the image.
 */
const SCAN_STAMP_LETTERS = 20;

/**
 * A picture of a page, not a logo or a seal (a seal is ~400×400 px; a 100 dpi A4 scan 830×1170),
 * read from the PDF's image dictionaries.
 */
const PAGE_SIZED_PIXELS = 500_000;

function isPageSized(image: { width: number; height: number }): boolean {
  return image.width * image.height >= PAGE_SIZED_PIXELS;
}

/** Each page's text boxes, and which pages are scans (with their stamp's boxes, masked out of the OCR). */
async function textLayers(
  doc: PDFDocumentProxy,
  holdsScans: boolean,
): Promise<{ pages: PageBoxes[]; scanned: PageBoxes[] }> {
  const pages: PageBoxes[] = [];
  const scanned: PageBoxes[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const boxes = await textLayer(page);
    const letters = ownLetters({ page: number, boxes });
    const scan = letters === 0 || (letters < SCAN_STAMP_LETTERS && holdsScans);
    (scan ? scanned : pages).push({ page: number, boxes });
    page.cleanup();
  }
  return { pages, scanned };
}

/** The page's letters, a signature or scanner stamp's left out. */
function ownLetters(page: PageBoxes): number {
  const { lines } = layoutPages([page]);
  const stamp = stampLines(lines);
  return lines.reduce((n, line, i) => (stamp.has(i) ? n : n + line.replace(/\s/g, '').length), 0);
}

async function readPages(
  doc: PDFDocumentProxy,
  file: string,
  options: PdfOptions,
  holdsScans: boolean,
): Promise<PdfOutcome> {
  const layers = await withTimeout(textLayers(doc, holdsScans), options.timeoutMs);
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
  const laid = repairTitleLines(withoutStampLines(layoutPages(pages)));
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

/** pdftoppm renders at 300 dpi (ocr.ts); text-layer boxes are in points, 72 to the inch. */
const PIXELS_PER_POINT = 300 / 72;

/**
 * The OCR words that are not the scanned page's own text layer: that text (a stamp, by the time a
 * page is called a scan) is painted into the rendered page and read back by OCR, so the words whose
 * middle falls in one of its boxes are the stamp's.
 */
function outsideStamp(words: TextBox[], stamp: readonly TextBox[]): TextBox[] {
  if (stamp.length === 0) return words;
  const areas = stamp.map((b) => ({
    left: b.left * PIXELS_PER_POINT - 4,
    right: b.right * PIXELS_PER_POINT + 4,
    top: b.top * PIXELS_PER_POINT - 4,
    bottom: b.bottom * PIXELS_PER_POINT + 4,
  }));
  return words.filter((w) => {
    const x = (w.left + w.right) / 2;
    const y = (w.top + w.bottom) / 2;
    return !areas.some((a) => x >= a.left && x <= a.right && y >= a.top && y <= a.bottom);
  });
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
  for (const { page, boxes: stamp } of scannedPages) {
    const outcome = await ocrPdfPage(file, page, tools!);
    if (!outcome.ok) {
      if (outcome.reason === 'timeout')
        return { ok: false, error: timeoutIssue(file, `OCR of page ${page}: ${outcome.message}`) };
      return { ok: false, error: ocrUnavailableIssue(file, [page], outcome.message) };
    }
    const image = outcome.pages[0];
    if (!image || image.confidence === null) continue;
    const boxes = outsideStamp(image.boxes, stamp);
    if (boxes.length === 0) continue;
    pages.push({ page, boxes });
    read.push(page);
    confidences.push(image.confidence);
  }
  const mean = confidences.length === 0 ? 0 : confidences.reduce((a, b) => a + b, 0) / confidences.length;
  const warnings = read.length > 0 ? [ocrIssue(file, read, mean)] : [];
  const info = read.length > 0 ? { pages: read, meanConfidence: mean, pageConfidence: confidences } : null;
  return { ok: true, pages, info, warnings };
}
