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

/** Problems that stop a file from being read at all. */
export type SourceErrorCode = 'empty' | 'binary' | 'rich-text' | 'too-large' | 'unreadable';

/** Problems worth telling the user about; the text was still read. */
export type SourceWarningCode =
  | 'invalid-utf8'
  | 'legacy-encoding'
  | 'converted-legacy-font'
  | 'converted-double-encoding'
  | 'nfd'
  | 'replacement-char'
  | 'control-chars'
  | 'mixed-line-endings';

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
    }
  | { ok: false; file: string; bytes: number; error: SourceIssue };

export interface ReadSourceOptions {
  /** Files larger than this are refused unread; `chithi ingest --max-bytes` passes it through. */
  maxBytes?: number;
}

/**
 * 2 MiB: a directive is a few KB to a few hundred KB (the five seeds are 5–20 KB), so a
 * file ten times the largest plausible one is almost surely something else (a scan, an
 * archive, a whole gazette) and is refused before it is read into memory.
 */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
