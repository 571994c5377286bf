/**
 * One source → one `Directive`: parse, tag measures, apply overrides, and carry the reader's
 * warnings and how the text was obtained (extractor, pages, OCR, web page). This is the whole
 * pipeline for a single file; ingest.ts runs it over a folder.
 */
import { nameDirective } from '../directive/naming.ts';
import { parseDirective } from '../directive/parse.ts';
import type { Directive, Extraction } from '../directive/schema.ts';
import { tagDirective } from '../measures/tag-directive.ts';
import { applyScope } from '../scope/apply-scope.ts';
import type { PageStart, SourceReadResult } from '../source/source-types.ts';
import { publishedPath } from '../paths.ts';
import { applyOverrides, type Overrides } from './overrides.ts';

type ReadSource = Extract<SourceReadResult, { ok: true }>;

export function buildDirective(
  source: ReadSource,
  overrides: { value: Overrides; file: string } | null,
  /** Told when tagging starts, so that ingest can say which stage a file over its time budget was in. */
  onStage: (stage: 'tagging') => void = () => {},
): Directive {
  const file = publishedPath(source.file);
  const parsed = parseDirective({ file, text: source.text, encoding: source.encoding });
  onStage('tagging');
  // Scope last: whether it is central or off-topic reads the parsed fields and the tagged clauses.
  let directive = applyScope(tagDirective(parsed));
  directive.warnings.unshift(
    ...source.warnings.map((w) => ({
      code: 'source' as const,
      message: w.message,
      ...(w.line ? { line: w.line } : {}),
    })),
  );
  // Older readers (and synthetic sources) say nothing of their extractor: that is plain text.
  directive.extraction = extractionOf(source);
  if (source.pages && source.pages.length > 0) addPages(directive, source.pages);
  // Read from the page itself; an override's sourceUrl, applied next, wins over it.
  if (source.webPage?.url) directive.sourceUrl = source.webPage.url;
  // An override may change what the stored names are made of (number, kind, issuer, province, date).
  if (overrides) directive = nameDirective(applyOverrides(directive, overrides.value, publishedPath(overrides.file)));
  return directive;
}

function extractionOf(source: ReadSource): Extraction {
  return {
    extractor: source.extractor ?? 'text',
    ...(source.pageCount ? { pageCount: source.pageCount } : {}),
    ...(source.ocr && source.ocr.pages.length > 0
      ? {
          ocr: {
            engine: 'tesseract' as const,
            pages: source.ocr.pages,
            meanConfidence: Math.round(source.ocr.meanConfidence * 10) / 10,
          },
        }
      : {}),
    ...(source.webPage ? { webPage: source.webPage } : {}),
  };
}

/** The page a line of the text is printed on: the last page starting at or before it. */
export function pageOfLine(pages: readonly PageStart[], line: number): number | undefined {
  let page: number | undefined;
  for (const start of pages) {
    if (start.line > line) break;
    page = start.page;
  }
  return page ?? pages[0]?.page;
}

/**
 * Every span in the directive (fields, evidence, clauses, citations) gets the page of its line. The
 * parser's line numbers count lines of `text.normalized`, which keeps the source's line breaks
 * (the normaliser only turns CRLF into LF), so they are the reader's lines too.
 */
function addPages(directive: Directive, pages: readonly PageStart[]): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.line === 'number') {
      const page = pageOfLine(pages, record.line);
      if (page !== undefined) record.page = page;
      return;
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'text') visit(child);
  };
  visit(directive);
}
