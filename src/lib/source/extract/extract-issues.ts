/**
 * The wording of the issues the document readers (PDF, OCR, Word, web page) raise: what is wrong,
 * then in parentheses what to do, like source-issues.ts for text files.
 */
import { READ_EXTENSIONS } from '../file-kinds.ts';
import type { SourceIssue } from '../source-types.ts';

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
