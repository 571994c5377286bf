/**
 * The one table of the files chithi reads: which reader an extension names, and whether reading it
 * may mean OCR (the ingest pool gives those files the longer OCR budget). read-source.ts, the
 * "unsupported" message and pool.ts all read this table, so an extension is added in one place.
 *
 * Why the content is sniffed too: the extension is a claim, the first bytes are the fact. Real
 * folders hold a Word 2007 file saved as ".doc", a page saved by Word as "Web page" and named ".doc",
 * an RTF named ".doc", a web page downloaded as ".pdf", a program named ".docx". A document whose
 * bytes are another readable format is read by the reader of what it is, with a warning to rename
 * it; one whose bytes are no format chithi reads is refused with one line saying what it is.
 */
import { extname } from 'node:path';
import { looksBinary } from './binary-sniff.ts';
import { sniffFileSignature, type FileSignature, type Reader } from './file-signatures.ts';

export type { Reader } from './file-signatures.ts';

export interface FileKind {
  reader: Reader;
  /** Scans (images, PDFs with scanned pages) may go through Tesseract: the pool's OCR budget. */
  mayNeedOcr: boolean;
}

export const FILE_KINDS: Readonly<Record<string, FileKind>> = {
  '.txt': { reader: 'text', mayNeedOcr: false },
  '.md': { reader: 'text', mayNeedOcr: false },
  '.pdf': { reader: 'pdf', mayNeedOcr: true },
  '.docx': { reader: 'docx', mayNeedOcr: false },
  '.doc': { reader: 'doc', mayNeedOcr: false },
  '.html': { reader: 'html', mayNeedOcr: false },
  '.htm': { reader: 'html', mayNeedOcr: false },
  '.png': { reader: 'image', mayNeedOcr: true },
  '.jpg': { reader: 'image', mayNeedOcr: true },
  '.jpeg': { reader: 'image', mayNeedOcr: true },
  '.tif': { reader: 'image', mayNeedOcr: true },
  '.tiff': { reader: 'image', mayNeedOcr: true },
};

/** ".pdf, .docx, …": the extensions read, for the message of a file that is skipped. */
export const READ_EXTENSIONS = Object.keys(FILE_KINDS).join(', ');

export function fileKindOf(path: string): FileKind | undefined {
  return FILE_KINDS[extname(path).toLowerCase()];
}

/** How messages name what a reader reads: "a Word document (.docx)". */
export const READER_NAMES: Record<Reader, string> = {
  text: 'a plain text file',
  pdf: 'a PDF document',
  image: 'a scanned image',
  docx: 'a Word document (.docx)',
  doc: 'an old Word document (.doc)',
  html: 'a web page (HTML)',
};

/** What a document's first bytes say it is. */
export type Sniffed =
  | { kind: 'readable'; reader: Reader }
  /** A known format no reader takes (RTF, a program, an archive, a spreadsheet). */
  | { kind: 'unreadable'; signature: FileSignature }
  /** No known format and not text: damaged, or something renamed. */
  | { kind: 'unknown-binary' };

/** The PDF header may follow up to 1 KB of junk (a mail gateway's, a web server's) by the spec. */
const PDF_HEADER_WINDOW = 1024;
/** An HTML page names itself in its first tags; Word's "Web page" starts `<html xmlns:o=…>`. */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b/i;

export function sniffDocument(bytes: Uint8Array): Sniffed {
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).toString('latin1');
  if (head.includes('%PDF-')) return { kind: 'readable', reader: 'pdf' };
  const signature = sniffFileSignature(bytes);
  if (signature?.reader) return { kind: 'readable', reader: signature.reader };
  if (signature) return { kind: 'unreadable', signature };
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/, '').replace(/\0/g, '');
  if (HTML_START.test(text)) return { kind: 'readable', reader: 'html' };
  if (looksBinary(bytes)) return { kind: 'unknown-binary' };
  return { kind: 'readable', reader: 'text' };
}
