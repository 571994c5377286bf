import { open, stat, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeExtractedText, decodeSource } from './decode-source.ts';
import { extractDoc } from './extract/doc.ts';
import { extractDocx } from './extract/docx.ts';
import type { Extracted } from './extract/extracted.ts';
import { timeoutIssue, unreadableTextIssue, unsupportedIssue } from './extract/extract-issues.ts';
import { extractHtml } from './extract/html.ts';
import { extractImage } from './extract/image.ts';
import type { OcrTools } from './extract/ocr.ts';
import { extractPdf } from './extract/pdf.ts';
import { readability } from './extract/readable-text.ts';
import { withTimeout } from './extract/run-tool.ts';
import { fileKindOf, READER_NAMES, sniffDocument, type Reader } from './file-kinds.ts';
import {
  disguisedIssue,
  emptyDocumentIssue,
  extractedTooLargeIssue,
  tooLargeIssue,
  unknownBinaryIssue,
  unreadableIssue,
  wrongExtensionIssue,
} from './source-issues.ts';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_DOCUMENT_BYTES,
  DEFAULT_MAX_IMAGE_PIXELS,
  DEFAULT_MAX_PAGES,
  DEFAULT_TOOL_TIMEOUT_MS,
  MAX_ZIP_ENTRIES,
  UNZIPPED_XML_FACTOR,
  type ReadSourceOptions,
  type SourceReadResult,
} from './source-types.ts';

/**
 * Reads one source file into Unicode text, never throwing for a bad file: every problem
 * becomes an error result or a warning that names the file (and the line, where there is
 * one) and says what to do. The extension (file-kinds.ts) says what the file should be: text
 * files go through decode-source.ts; a document's first bytes are sniffed and pick its reader in
 * extract/ (PDF, OCR, Word, web page), so a disguised file gets the right reader or one line
 * saying what it is; the extracted text is held to the text limit and gets the same legacy-font
 * repairs and checks. Any other extension is an `unsupported` error ("skipped").
 *
 * The size is checked with stat before anything is read, and the read itself stops one
 * byte past the limit, so a 20 MB scan (or a file that grows meanwhile) never sits in memory.
 */
export async function readSource(path: string, options: ReadSourceOptions = {}): Promise<SourceReadResult> {
  const kind = fileKindOf(path);
  const textLimit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxBytes = kind?.reader === 'text' ? textLimit : (options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES);
  for (const value of [textLimit, maxBytes]) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`maxBytes must be a positive whole number of bytes, got ${value}`);
    }
  }
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      const what = info.isDirectory() ? 'it is a folder' : 'it is not a regular file';
      return { ok: false, file: path, bytes: 0, error: unreadableIssue(path, what) };
    }
    size = info.size;
  } catch (error) {
    return { ok: false, file: path, bytes: 0, error: unreadableIssue(path, reasonOf(error)) };
  }
  if (kind === undefined) return { ok: false, file: path, bytes: size, error: unsupportedIssue(path, extname(path)) };
  if (size > maxBytes) return { ok: false, file: path, bytes: size, error: tooLargeIssue(path, size, maxBytes) };

  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(path, maxBytes + 1);
  } catch (error) {
    return { ok: false, file: path, bytes: size, error: unreadableIssue(path, reasonOf(error)) };
  }
  if (bytes.length > maxBytes) {
    return { ok: false, file: path, bytes: bytes.length, error: tooLargeIssue(path, bytes.length, maxBytes) };
  }
  if (kind.reader === 'text') return decodedText(path, bytes);

  // Sniff, then read: the first bytes pick the reader, the extension only names what was expected.
  const extension = extname(path).toLowerCase();
  if (bytes.length === 0) {
    return { ok: false, file: path, bytes: 0, error: emptyDocumentIssue(path, READER_NAMES[kind.reader]) };
  }
  const sniffed = sniffDocument(bytes);
  if (sniffed.kind === 'unreadable') {
    return { ok: false, file: path, bytes: bytes.length, error: disguisedIssue(path, extension, sniffed.signature) };
  }
  if (sniffed.kind === 'unknown-binary') {
    return { ok: false, file: path, bytes: bytes.length, error: unknownBinaryIssue(path, extension, kind.reader) };
  }
  const reader = sniffed.reader;
  const renamed = reader === kind.reader ? [] : [wrongExtensionIssue(path, extension, reader)];
  if (reader === 'text') {
    const read = decodedText(path, bytes);
    return read.ok ? { ...read, warnings: [...renamed, ...read.warnings] } : read;
  }
  const timeoutMs = options.toolTimeoutMs ?? DEFAULT_TOOL_TIMEOUT_MS;
  const extracted = await extract(reader, path, bytes, options, timeoutMs);
  if (!extracted.ok) return { ok: false, file: path, bytes: bytes.length, error: extracted.error };
  // Extracted text is held to the text files' limit: a 47 MB page must not become a 36 MB directive.
  const textBytes = Buffer.byteLength(extracted.text);
  if (textBytes > textLimit) {
    const error = extractedTooLargeIssue(path, READER_NAMES[reader].replace(/^an? /, ''), textBytes, textLimit);
    return { ok: false, file: path, bytes: bytes.length, error };
  }
  const { text, encoding, warnings } = decodeExtractedText(
    extracted.text,
    path,
    reader === 'pdf' ? 'pdf' : 'other',
    extracted.replacementReported === true,
  );
  // A text layer or OCR may hold noise (random glyphs, stray marks on a blank scan): refused, not published.
  if (reader === 'pdf' || reader === 'image') {
    const readable = readability(text);
    const ocrRead = (extracted.ocr?.pages.length ?? 0) > 0;
    if (readable.problem === 'not-vietnamese' || (readable.problem === 'too-little' && ocrRead)) {
      return { ok: false, file: path, bytes: bytes.length, error: unreadableTextIssue(path, readable, extracted) };
    }
  }
  return {
    ok: true,
    file: path,
    text,
    encoding,
    bytes: bytes.length,
    warnings: [...renamed, ...extracted.warnings, ...warnings],
    extractor: extracted.extractor,
    ...(extracted.pages ? { pages: extracted.pages } : {}),
    ...(extracted.pageCount ? { pageCount: extracted.pageCount } : {}),
    ...(extracted.ocr ? { ocr: extracted.ocr } : {}),
    ...(extracted.webPage ? { webPage: extracted.webPage } : {}),
  };
}

function decodedText(path: string, bytes: Uint8Array): SourceReadResult {
  const decoded = decodeSource(bytes, path);
  if (!decoded.ok) return { ok: false, file: path, bytes: bytes.length, error: decoded.error };
  const { text, encoding, warnings } = decoded;
  return { ok: true, file: path, text, encoding, bytes: bytes.length, warnings, extractor: 'text' };
}

async function extract(
  kind: Exclude<Reader, 'text'>,
  path: string,
  bytes: Uint8Array,
  options: ReadSourceOptions,
  timeoutMs: number,
): Promise<Extracted> {
  const ocr: OcrTools | null =
    options.tesseract === false
      ? null
      : { tesseract: options.tesseract ?? 'tesseract', pdftoppm: options.pdftoppm ?? 'pdftoppm', timeoutMs };
  if (kind === 'image') return extractImage(path, ocr);
  if (kind === 'pdf') {
    // The text layer is read in this process, bounded as a whole; OCR pages are bounded one by one.
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    const maxImagePixels = options.maxImagePixels ?? DEFAULT_MAX_IMAGE_PIXELS;
    const outcome = await extractPdf(bytes, path, { maxPages, maxImagePixels, ocr, timeoutMs });
    if (!outcome.ok) return outcome;
    const { text, pages, pageCount, ocr: ocrInfo, warnings } = outcome;
    const mixed = ocrInfo !== null && ocrInfo.pages.length < pageCount;
    const extractor = ocrInfo === null || mixed ? 'pdf' : 'ocr';
    return { ok: true, text, extractor, warnings, pages, pageCount, ...(ocrInfo ? { ocr: ocrInfo } : {}) };
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const zipLimits = {
    maxEntries: MAX_ZIP_ENTRIES,
    maxXmlBytes: UNZIPPED_XML_FACTOR * maxBytes,
    maxDepth,
    maxTextBytes: maxBytes,
  };
  const work =
    kind === 'docx'
      ? extractDocx(bytes, path, zipLimits)
      : kind === 'doc'
        ? extractDoc(bytes, path)
        : extractHtml(bytes, path, { maxBytes, maxDepth });
  const outcome = await withTimeout(work, timeoutMs);
  return outcome === 'timeout'
    ? { ok: false, error: timeoutIssue(path, `reading took over ${timeoutMs / 1000} s`) }
    : outcome;
}

/** The file's first `limit` bytes (all of it when shorter). */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = new Uint8Array(limit);
    let filled = 0;
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle?.close();
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist (a broken link, or it was moved while reading)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ELOOP: 'it is a link that points back to itself',
  EMFILE: 'too many files are open',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}
