/**
 * The ingest report: what became of every entry of content/directives/ — parsed, parsed with
 * warnings, rejected with the reason, or skipped with the reason — and how to print it.
 */

export type FileStatus = 'parsed' | 'parsed-with-warnings' | 'rejected' | 'skipped';

export interface FileReport {
  /** The entry's path as published: relative to the project when inside it, else to the folder ingested. */
  file: string;
  status: FileStatus;
  /** The directive's id, when it was parsed. */
  id?: string;
  /** The sidecar (`x.meta.yaml`) applied to it, if any. */
  sidecar?: string;
  /** How its text was obtained: 'text', 'pdf', 'ocr', 'docx', 'doc', 'html'. */
  extractor?: string;
  /** The pages read by OCR, and Tesseract's mean confidence over them (0–100). */
  ocr?: { pages: number[]; meanConfidence: number };
  /** The worker's peak resident memory while on this file, in MB (Linux; not for cached files). */
  peakMemoryMb?: number;
  /** How long its worker took over it, in milliseconds (not for cached files). */
  workerMs?: number;
  /** True when the outcome came from the ingest cache (the file and the code were unchanged). */
  cached?: boolean;
  /** Why it was not read, when skipped. */
  reason?: string;
  /** Warnings, the rejection reason ("file:line: message") or why it was skipped. */
  messages: string[];
}

export interface IngestReport {
  dir: string;
  /** Every entry of the folder: parsed + rejected + skipped + sidecars. */
  entries: number;
  /** The documents read (parsed or rejected). */
  seen: number;
  parsed: number;
  parsedWithWarnings: number;
  rejected: number;
  skipped: number;
  /** Sidecars applied to a document (each listed with its document). */
  sidecars: number;
  cache: { hits: number; misses: number };
  files: FileReport[];
}

const MARK: Record<FileStatus, string> = { parsed: '✓', 'parsed-with-warnings': '!', rejected: '✗', skipped: '–' };

export function formatReport(report: IngestReport): string {
  const counts = [
    `${report.parsed} parsed (${report.parsedWithWarnings} with warnings)`,
    `${report.rejected} rejected`,
    `${report.skipped} skipped`,
    ...(report.sidecars > 0 ? [`${report.sidecars} sidecars`] : []),
  ];
  const cache = report.cache.hits > 0 ? ` (${report.cache.hits} unchanged, from the cache)` : '';
  const lines = [`${printable(report.dir)}: ${report.entries} entries, ${counts.join(', ')}${cache}`];
  for (const f of report.files) {
    if (f.status === 'skipped') {
      lines.push(`  ${MARK.skipped} ${printable(f.file)} (skipped: ${printable(f.reason ?? '')})`);
      continue;
    }
    const how = [
      f.extractor && f.extractor !== 'text' ? f.extractor : '',
      f.ocr && f.ocr.pages.length > 0
        ? `OCR pages ${f.ocr.pages.join(', ')}, confidence ${Math.round(f.ocr.meanConfidence)}`
        : '',
      f.sidecar ? `+ ${f.sidecar}` : '',
    ].filter(Boolean);
    const detail = `${f.id ? ` → ${f.id}` : ''}${how.length > 0 ? ` [${how.join('; ')}]` : ''}`;
    lines.push(`  ${MARK[f.status]} ${printable(f.file)}${printable(detail)}`);
    for (const m of f.messages) lines.push(`      ${printable(m)}`);
  }
  return lines.join('\n');
}

/**
 * A file name or message made safe for one line of a terminal: control characters (a newline in a
 * name, an escape sequence in a text) are shown as escapes (\n, \x1b) instead of acting, so a hostile
 * name cannot break the report's layout or drive the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
