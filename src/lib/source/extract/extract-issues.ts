/**
 * The wording of the issues the document readers (PDF, OCR, Word, web page) raise: what is wrong,
 * then in parentheses what to do, like source-issues.ts for text files.
 */
import { READ_EXTENSIONS } from '../file-kinds.ts';
import type { Extractor, SourceIssue } from '../source-types.ts';
import type { Readability } from './readable-text.ts';

export const OCR_INSTALL = 'sudo apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils';

export function unsupportedIssue(file: string, extension: string): SourceIssue {
  const what = extension === '' ? 'a file with no extension' : `a “${extension}” file`;
  return {
    code: 'unsupported',
    file,
    message: `skipped: ${what} is not a type chithi reads (directives are read from ${READ_EXTENSIONS})`,
  };
}

export function encryptedIssue(file: string): SourceIssue {
  return {
    code: 'encrypted',
    file,
    message:
      'this PDF is protected by a password and cannot be read ' +
      '(open it with its password and print or save it to a new PDF without protection, then drop that in)',
  };
}

export function corruptIssue(file: string, kind: string, reason: string): SourceIssue {
  return {
    code: 'corrupt',
    file,
    message: `this ${kind} is damaged or not what its extension says: ${reason} (download it again, or open and re-save it)`,
  };
}

/** What a file named .pdf holds instead, from its first bytes, for the message. */
function notPdfKind(head: string): string {
  const start = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<(head|body|meta|title)[\s>]/.test(start))
    return 'a web page (HTML) saved under a .pdf name';
  if (start.startsWith('<?xml') || start.startsWith('<')) return 'an XML or web file, not a PDF';
  if (start === '') return 'an empty or blank file';
  return 'not a PDF: it does not start with “%PDF-”';
}

export function notPdfIssue(file: string, head: string): SourceIssue {
  const kind = notPdfKind(head);
  const advice = kind.startsWith('a web page')
    ? 'rename it to .html and chithi reads it as a web page; or download the PDF itself again'
    : 'download the PDF again, or open it and save it as PDF';
  return { code: 'corrupt', file, message: `this file is ${kind} (${advice})` };
}

export function brokenPdfIssue(file: string, reason: string): SourceIssue {
  const what = /circular reference/i.test(reason)
    ? 'its list of pages loops back on itself'
    : `its structure is damaged (${reason.replace(/\s*\(please report this file\)/i, '').trim()})`;
  return {
    code: 'corrupt',
    file,
    message:
      `this PDF cannot be read: ${what} ` +
      '(open it in a PDF viewer and print it to a new PDF, or repair it with `qpdf input.pdf repaired.pdf`, then drop that in)',
  };
}

export function imageTooLargeIssue(
  file: string,
  image: { width: number; height: number },
  maxPixels: number,
): SourceIssue {
  const megapixels = (n: number): string => `${Math.round(n / 100_000) / 10} megapixels`;
  return {
    code: 'too-large',
    file,
    message:
      `refused before reading: this PDF holds a ${image.width}×${image.height} image ` +
      `(${megapixels(image.width * image.height)}), over the ${megapixels(maxPixels)} limit for one page's scan ` +
      '(a 600 dpi A3 scan is 70; re-scan or export at 300 dpi, or raise the limit with `chithi ingest --max-image-megapixels`)',
  };
}

export function unreadableTextIssue(
  file: string,
  readable: Readability,
  how: { extractor: Extractor; ocr?: { pages: number[] } },
): SourceIssue {
  const ocr = how.extractor === 'ocr' || (how.ocr?.pages.length ?? 0) > 0;
  const source = ocr ? 'the text OCR read from this scan' : 'the text layer of this PDF';
  const what =
    readable.problem === 'too-little'
      ? `${source} holds almost nothing (${readable.syllables} Vietnamese words)`
      : `${source} is not Vietnamese: ${readable.syllables} of its ${readable.words} words are Vietnamese syllables`;
  const advice = ocr
    ? 'a blank page, a page with only a stamp, or a photo that is not a page of a directive: check the scan shows the directive, upright and legible'
    : 'random glyphs, from a font with no Unicode map or a damaged file: open it, check its text can be copied, or print it to a new PDF';
  return { code: 'gibberish', file, message: `not published as a directive: ${what} (${advice})` };
}

export function noTextIssue(file: string, what: string, advice: string): SourceIssue {
  return { code: 'no-text', file, message: `${what} (${advice})` };
}

export function ocrUnavailableIssue(file: string, pages: number[] | null, missing: string): SourceIssue {
  const what =
    pages === null
      ? 'this is a scanned image'
      : pages.length === 1
        ? `page ${pages[0]} of this PDF is a scan with no text layer`
        : `${pages.length} pages of this PDF are scans with no text layer`;
  return {
    code: 'ocr-unavailable',
    file,
    message: `${what}, and reading it needs OCR, but ${missing} (install it and ingest again: ${OCR_INSTALL})`,
  };
}

export function tooManyPagesIssue(file: string, pages: number, maxPages: number): SourceIssue {
  return {
    code: 'too-many-pages',
    file,
    message:
      `this PDF has ${pages} pages, over the ${maxPages}-page limit for one directive ` +
      '(a directive runs 1–10 pages: if this is a gazette or a bundle, split out the directive, e.g. with ' +
      '`pdfseparate` or `qpdf --pages`; if it really is one document, raise the limit with `chithi ingest --max-pages`)',
  };
}

export function timeoutIssue(file: string, what: string): SourceIssue {
  return {
    code: 'timeout',
    file,
    message: `reading stopped: ${what} (the file may be damaged; try re-saving it, or raise the limit with \`chithi ingest --tool-timeout\`)`,
  };
}

export function ocrIssue(file: string, pages: number[] | null, confidence: number): SourceIssue {
  const where = pages === null ? 'the text' : `the text of page${pages.length > 1 ? 's' : ''} ${pages.join(', ')}`;
  return {
    code: confidence < 80 ? 'ocr-low-confidence' : 'ocr',
    file,
    message:
      `${where} was read from a scan by OCR (Tesseract, mean confidence ${Math.round(confidence)} %)` +
      (confidence < 80
        ? ' and may hold misread letters and numbers (check the number, the date and the names against the scan)'
        : ' (check the number and the date against the scan)'),
  };
}

export function numberingLostIssue(file: string): SourceIssue {
  return {
    code: 'numbering-lost',
    file,
    message:
      'no line of this Word 97–2003 (.doc) file starts with a clause number: if Word numbered the clauses ' +
      'automatically, the numbers are not in the text chithi can read, and the clauses are not found ' +
      '(open it in Word or LibreOffice and save it as .docx, whose numbering chithi reads)',
  };
}
