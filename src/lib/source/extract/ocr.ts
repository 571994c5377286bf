/**
 * OCR with Debian's Tesseract (`tesseract-ocr` + `tesseract-ocr-vie`): one image → word boxes with
 * Tesseract's confidence, laid out by layout.ts like a PDF's text layer. Scanned PDF pages are
 * rendered to 300 dpi PNGs with poppler's `pdftoppm` first (pdf.ts). Tesseract is optional at run
 * time: without it a scan gets a message naming the file and the apt-get line, and the other files
 * are read.
 *
 * Why TSV output: it gives each word's box and confidence (0–100), so the page's mean confidence is
 * the mean over its words, and the boxes go through the same column handling as a PDF.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageBoxes } from './layout.ts';
import { guardFilledBlanks, type OcrWord } from './ocr-filled-blanks.ts';
import { runTool, type ToolOutcome } from './run-tool.ts';

export interface OcrPage {
  boxes: PageBoxes['boxes'];
  /** Mean word confidence, 0–100; null when Tesseract found no word. */
  confidence: number | null;
}

/** One image's pages (a multi-page TIFF has several; Tesseract numbers them in its TSV). */
export type OcrOutcome = { ok: true; pages: OcrPage[] } | Extract<ToolOutcome, { ok: false }>;

export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
  timeoutMs: number;
}

/** Tesseract's TSV columns: level page block par line word left top width height conf text. */
const WORD_LEVEL = '5';

export function parseTesseractTsv(tsv: string): OcrPage[] {
  const pages = new Map<number, OcrWord[]>();
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    const pageNumber = Number(cols[1]);
    if (!pages.has(pageNumber) && cols[0] === '1') pages.set(pageNumber, []);
    if (cols[0] !== WORD_LEVEL || cols.length < 12) continue;
    const text = cols.slice(11).join('\t').trim();
    const confidence = Number(cols[10]);
    if (text === '' || !(confidence >= 0)) continue;
    const [left, top, width, height] = cols.slice(6, 10).map(Number) as [number, number, number, number];
    const words = pages.get(pageNumber) ?? [];
    pages.set(pageNumber, words);
    const line = cols.slice(2, 5).join('.');
    words.push({ text, left, top, right: left + width, bottom: top + height, confidence, line });
  }
  return [...pages.entries()]
    .toSorted(([a], [b]) => a - b)
    .map(([, words]) => ({
      boxes: guardFilledBlanks(words).map(({ text, left, top, right, bottom }) => ({ text, left, top, right, bottom })),
      confidence: words.length === 0 ? null : words.reduce((a, w) => a + w.confidence, 0) / words.length,
    }));
}

/** OCR of one image file (PNG, JPEG, TIFF; each page of a multi-page TIFF). */
export async function ocrImage(image: string, tools: OcrTools): Promise<OcrOutcome> {
  // --psm 3: full automatic page segmentation, so the header's two columns come out as separate blocks.
  const run = await runTool(tools.tesseract, [image, 'stdout', '-l', 'vie', '--psm', '3', 'tsv'], tools.timeoutMs);
  if (!run.ok) return run;
  return { ok: true, pages: parseTesseractTsv(run.stdout) };
}

/**
 * Renders one page of a PDF at 300 dpi (Tesseract's sweet spot) and reads it. Annotations are not
 * drawn: an e-signature's stamp ("Ký bởi: … Thời gian ký: …") is a signature field drawn over the
 * scan, and its time is not the date of issue.
 */
export async function ocrPdfPage(pdf: string, page: number, tools: OcrTools): Promise<OcrOutcome> {
  const dir = await mkdtemp(join(tmpdir(), 'chithi-ocr-'));
  try {
    const prefix = join(dir, 'page');
    const pages = ['-f', String(page), '-l', String(page)];
    const args = ['-r', '300', '-gray', '-png', '-singlefile', '-hide-annotations', ...pages, pdf, prefix];
    const rendered = await runTool(tools.pdftoppm, args, tools.timeoutMs);
    if (!rendered.ok) return rendered;
    return await ocrImage(`${prefix}.png`, tools);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Listing the installed models takes milliseconds; this only guards against a broken install. */
const CHECK_TIMEOUT_MS = 15_000;

/** Checks Tesseract runs and has the Vietnamese model; the reason it cannot otherwise. */
export async function checkTesseract(tools: OcrTools): Promise<string | null> {
  const run = await runTool(tools.tesseract, ['--list-langs'], CHECK_TIMEOUT_MS);
  if (!run.ok) return run.reason === 'missing' ? `Tesseract (${tools.tesseract}) is not installed` : run.message;
  if (!/^vie$/m.test(run.stdout)) return 'Tesseract’s Vietnamese model (tesseract-ocr-vie) is not installed';
  return null;
}
