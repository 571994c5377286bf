/**
 * One document of content/directives → a directive or a rejection, never an exception: read (and,
 * for PDFs and scans, extract), apply the sidecar, parse, tag, and check the result against the
 * `Directive` schema, the contract every later stage relies on. This runs inside an ingest worker
 * (worker.ts), which reports each stage as it starts so that a file over its time budget can be named
 * with the stage it was stuck in.
 */
import { lstat } from 'node:fs/promises';
import { Directive } from '../directive/schema.ts';
import { describeIssue } from '../source/describe-issue.ts';
import { readSource } from '../source/read-source.ts';
import type { ReadSourceOptions, SourceReadResult } from '../source/source-types.ts';
import { publishedPath } from '../paths.ts';
import { buildDirective } from './build-directive.ts';
import { readOverrides } from './overrides.ts';

/** Where a file is in its journey; the report names it when the file runs out of time. */
export type IngestStage = 'reading' | 'parsing' | 'tagging' | 'validating';

export interface FileJob {
  path: string;
  /** The sidecar to apply, only when the listing found it to be a regular file. */
  sidecar: string | null;
  /** Passed to readSource as they are (size and page limits). */
  read: ReadOptions;
}

/**
 * readSource's options that ingest sets. `maxPages` is the PDF page limit of the formats work
 * (`chithi ingest --max-pages`); a reader that does not know it ignores it.
 */
export type ReadOptions = ReadSourceOptions & { maxPages?: number };

/** How the text was obtained (readSource's `extractor`, and the pages OCR read). */
export interface Extraction {
  extractor: string;
  ocr?: { pages: number[]; meanConfidence: number };
}

export type FileOutcome =
  | ({ ok: true; directive: Directive; messages: string[] } & Extraction)
  | ({ ok: false; messages: string[] } & Partial<Extraction>);

export async function ingestFile(job: FileJob, onStage: (stage: IngestStage) => void = () => {}): Promise<FileOutcome> {
  const file = publishedPath(job.path);
  onStage('reading');
  // The folder was listed with lstat; a file replaced by a link since then is still not followed.
  if (await replacedByNonFile(job.path)) {
    return { ok: false, messages: [`${file}: it is no longer a regular file (replaced while ingesting?); not read`] };
  }
  const source = await readSource(job.path, job.read);
  if (!source.ok) return { ok: false, messages: [describeIssue({ ...source.error, file })] };
  const extraction = extractionOf(source);

  let overrides = null;
  if (job.sidecar) {
    const read = await readOverrides(job.sidecar, publishedPath(job.sidecar));
    if (!read.ok) {
      const message = `${read.file}:${read.line}: ${read.message} (fix the override file, or remove it)`;
      return { ok: false, messages: [message], ...extraction };
    }
    if (read.overrides) overrides = { value: read.overrides, file: job.sidecar };
  }

  let directive: Directive;
  try {
    onStage('parsing');
    directive = buildDirective(source, overrides, onStage);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, messages: [`${file}: the parser failed: ${reason} (please report this file)`], ...extraction };
  }

  onStage('validating');
  const checked = Directive.safeParse(directive);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : '(the whole directive)';
    const message = `${file}: the parser's output does not match the Directive schema at ${where}: ${issue.message} (please report this file)`;
    return { ok: false, messages: [message], ...extraction };
  }
  const messages = directive.warnings.map((w) => `${file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  return { ok: true, directive, messages, ...extraction };
}

/** True when the path is now a link, folder or device; a file that vanished is readSource's to report. */
async function replacedByNonFile(path: string): Promise<boolean> {
  return lstat(path).then(
    (info) => !info.isFile(),
    () => false,
  );
}

/**
 * Parses a short made-up directive, so that the parser's lazily loaded data (provinces, districts,
 * the word list, measure cues: about a second) is loaded before a worker says it is ready, and that
 * second is not charged to the first real file's time budget.
 */
export function warmUp(): void {
  const text =
    'ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 1/CT-UBND\nHà Nam, ngày 1 tháng 8 năm 2021\nCHỈ THỊ\nVề phòng, chống dịch Covid-19\n1. Đeo khẩu trang nơi công cộng.\n';
  const source = {
    ok: true,
    file: 'warm-up.txt',
    text,
    encoding: 'utf-8',
    extractor: 'text',
    bytes: text.length,
    warnings: [],
  };
  buildDirective(source as Parameters<typeof buildDirective>[0], null);
}

/** How the text was obtained, as the report names it. */
function extractionOf(source: Extract<SourceReadResult, { ok: true }>): Extraction {
  const { extractor, ocr } = source;
  return ocr ? { extractor, ocr: { pages: ocr.pages, meanConfidence: ocr.meanConfidence } } : { extractor };
}
