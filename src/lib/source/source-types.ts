/**
 * What reading one file from content/directives/ can produce, before any parsing.
 *
 * A source file is whatever a user found and dropped in: a clean UTF-8 export, a Word
 * document renamed to .txt, text typed twenty years ago in a Vietnamese font encoding.
 * Reading never throws for one bad file: it returns a result that is either the decoded
 * text (with warnings) or an error, and every issue names the file and, where it applies,
 * the line.
 */

/**
 * How the file's bytes were turned into Unicode text.
 * - `tcvn3` / `vni`: text typed in the old Vietnamese font encodings (TCVN3 "ABC" with
 *   .VnTime fonts; VNI with VNI-Times), whether the bytes arrived raw or already re-saved
 *   as UTF-8 of the wrong Latin letters; either way the text has been converted.
 * - `utf-8-double-encoded`: UTF-8 that some tool read as Windows-1252 and saved again
 *   as UTF-8 ("Chá»‰ thá»‹" for "Chỉ thị"); undone.
 */
export type SourceEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'tcvn3'
  | 'vni'
  | 'utf-8-double-encoded';

/**
 * Problems that stop a file from being read at all.
 * - `unsupported`: an extension chithi does not read (a .xlsx, a .zip): skipped.
 * - `encrypted`: a PDF that needs a password.
 * - `corrupt`: a PDF, Word file or image its reader cannot make sense of.
 * - `no-text`: a document with no text in it (an empty page, a blank image, a web page with no article).
 * - `gibberish`: a PDF's text layer or a scan's OCR that is not Vietnamese prose (random glyphs, a
 *   blank page with a stamp): refused rather than published as a directive.
 * - `ocr-unavailable`: a scan, and Tesseract or pdftoppm is not installed.
 * - `too-many-pages`: a PDF longer than the page cap (a gazette, not a directive).
 * - `timeout`: an extraction that ran past its time limit.
 * - `too-deep`: markup nested deeper than any document is (a web page, a Word file's XML).
 * - `disguised`: a document's extension hides a format no reader takes (an RTF or a program as .doc).
 */
export type SourceErrorCode =
  | 'empty'
  | 'binary'
  | 'rich-text'
  | 'too-large'
  | 'unreadable'
  | 'unsupported'
  | 'encrypted'
  | 'corrupt'
  | 'no-text'
  | 'gibberish'
  | 'ocr-unavailable'
  | 'too-many-pages'
  | 'timeout'
  | 'too-deep'
  | 'disguised';

/** Problems worth telling the user about; the text was still read. */
export type SourceWarningCode =
  | 'invalid-utf8'
  | 'legacy-encoding'
  | 'converted-legacy-font'
  | 'converted-double-encoding'
  | 'nfd'
  | 'replacement-char'
  | 'control-chars'
  | 'mixed-line-endings'
  | 'ocr'
  | 'ocr-low-confidence'
  | 'numbering-lost'
  /** A document read by the reader of what its bytes are, not of what its extension says. */
  | 'wrong-extension';

export type SourceIssueCode = SourceErrorCode | SourceWarningCode;

export interface SourceIssue {
  code: SourceIssueCode;
  /** The path as the caller gave it (e.g. `content/directives/x.txt`), so editors can open it. */
  file: string;
  /** 1-based line the issue points at, when there is one. */
  line?: number;
  /** What is wrong, then what to do about it in parentheses. */
  message: string;
}

/**
 * Which reader produced the text. A PDF whose pages are partly scans is `pdf`, with the scanned
 * pages listed in `ocr.pages`; `ocr` is an image, or a PDF with no text layer at all.
 */
export type Extractor = 'text' | 'pdf' | 'ocr' | 'docx' | 'doc' | 'html';

/** Where a page of a paged document (PDF, scan) starts in the extracted text. */
export interface PageStart {
  /** 1-based page number in the document. */
  page: number;
  /** 1-based line of `text` on which the page's first line starts. */
  line: number;
}

/** Text recognised by Tesseract: which pages, and how sure it was (mean word confidence, 0–100). */
export interface OcrInfo {
  pages: number[];
  meanConfidence: number;
  /** Per page, same order as `pages`. */
  pageConfidence: number[];
}

/** What a saved web page says about itself, kept as evidence (never as the directive's own facts). */
export interface WebPageEvidence {
  /** `<link rel=canonical>`, else `og:url`; null when neither is there. */
  url: string | null;
  /** Which tag the URL came from: "link rel=canonical", "og:url". */
  urlFrom: string | null;
  /** The page's title (og:title, else <title>). */
  title: string | null;
  /** When the page was published (article:published_time, …) as printed: not the directive's date. */
  published: string | null;
  /** The site's name (og:site_name), when given. */
  siteName: string | null;
}

export type SourceReadResult =
  | {
      ok: true;
      file: string;
      /** The decoded text exactly as received: not trimmed, not normalised (legacy conversions are NFC). */
      text: string;
      encoding: SourceEncoding;
      /** Size of the file on disk. */
      bytes: number;
      warnings: SourceIssue[];
      extractor: Extractor;
      /** For paged documents: the line each page starts on, in page order (pages with no text left out). */
      pages?: PageStart[];
      /** Number of pages in the document (PDF, scan). */
      pageCount?: number;
      ocr?: OcrInfo;
      /** For a saved web page: its URL, title and publication date. */
      webPage?: WebPageEvidence;
    }
  | { ok: false; file: string; bytes: number; error: SourceIssue };

export interface ReadSourceOptions {
  /**
   * Text files larger than this are refused unread, and so is text extracted from a document past
   * it (a Word file's unpacked XML and a web page's markup get a multiple of it); `chithi ingest
   * --max-bytes` passes it through.
   */
  maxBytes?: number;
  /** Deepest nesting of elements in a web page or a Word file's XML (`chithi ingest --max-depth`). */
  maxDepth?: number;
  /** PDF, Word, web page and image files larger than this are refused unread (they carry fonts and pictures). */
  maxDocumentBytes?: number;
  /** PDFs with more pages than this are refused (see DEFAULT_MAX_PAGES). */
  maxPages?: number;
  /** PDFs holding an image of more pixels than this are refused unread (see DEFAULT_MAX_IMAGE_PIXELS). */
  maxImagePixels?: number;
  /** The Tesseract program (a name looked up on PATH, or a path); `false` turns OCR off. */
  tesseract?: string | false;
  /** The pdftoppm program (poppler-utils) that renders scanned PDF pages for OCR. */
  pdftoppm?: string;
  /** Time limit for one spawned program (one page of OCR, one page rendered), in milliseconds. */
  toolTimeoutMs?: number;
}

/**
 * 2 MiB: a directive is a few KB to a few hundred KB (the five seeds are 5–20 KB), so a
 * file ten times the largest plausible one is almost surely something else (a scan, an
 * archive, a whole gazette) and is refused before it is read into memory.
 */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * 64 MiB: a PDF or Word file carries fonts and pictures, and a 300 dpi scan of a few pages weighs
 * several MB; a file this size is still one document, where a text file of 2 MiB would not be.
 */
export const DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * 60 pages: a directive runs 1–10 pages, a plan with its annexes 30 or so. Past this the file is a
 * gazette or a bundle, and it is refused with a message rather than read in part: the first pages of a
 * bundle would be parsed as if they were the whole directive (their number, date and clauses), which is
 * a wrong value, and OCR of hundreds of pages would hold the run for an hour.
 */
export const DEFAULT_MAX_PAGES = 60;

/**
 * 512 levels: browsers stop nesting there (Chromium's HTML parser caps its tree at 512), a real
 * directive's page or Word XML nests 20–60 deep (tables in tables, text boxes), and recursive
 * readers (mammoth, Readability, html-lines.ts) stay far from their stack's end.
 */
export const DEFAULT_MAX_DEPTH = 512;

/**
 * A Word file's XML parts may unpack to this many times the text limit (2 MiB → 2 MiB). The XML of
 * a real 10-page directive is 0.1–1 MB. mammoth is the bound: it converts about 0.2 MiB of XML a
 * second on a busy two-core machine, in ~10× the XML's size of memory — 3.9 MiB of heavily formatted
 * XML took 49 s and 590 MB with the parse, past the 30 s a file may cost. (The text in the XML is
 * held to the text limit itself, counted before mammoth runs.)
 */
export const UNZIPPED_XML_FACTOR = 1;

/** A Word file holds 10–50 ZIP entries (parts, pictures); thousands is a bomb or not a document. */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * 100 megapixels: a 300 dpi A4 scan is 8.7, a 600 dpi A3 one 70. Past this a page is not a scan to
 * read but a picture that would take gigabytes to decode (a 20k×20k image: 400 MB of grey, 1.6 GB as
 * the RGBA a renderer works in), so the PDF is refused before any image in it is decoded.
 */
export const DEFAULT_MAX_IMAGE_PIXELS = 100_000_000;

/** 90 s per spawned program: OCR of one dense 300 dpi page takes 5–20 s on one core. */
export const DEFAULT_TOOL_TIMEOUT_MS = 90_000;
