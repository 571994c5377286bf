import type { Extractor, OcrInfo, PageStart, SourceIssue, WebPageEvidence } from '../source-types.ts';

/** What every document reader hands back to read-source.ts: Unicode text, or why there is none. */
export type Extracted =
  | {
      ok: true;
      text: string;
      extractor: Exclude<Extractor, 'text'>;
      warnings: SourceIssue[];
      pages?: PageStart[];
      pageCount?: number;
      ocr?: OcrInfo;
      webPage?: WebPageEvidence;
      /** The reader reported the "\uFFFD"s it decoded (broken UTF-8 in a web page): not again. */
      replacementReported?: true;
    }
  | { ok: false; error: SourceIssue };
