/** `chithi search` without --json: a numbered list a person reads in a terminal. */
import { formatVietnameseDate } from '../directive/dates.ts';
import type { SearchHit, SearchResult } from './query.ts';

export interface FormatOptions {
  /** Wrap matches in these (ANSI colours on a terminal, «» otherwise). */
  mark?: { open: string; close: string };
}

export function formatResult(result: SearchResult, options: FormatOptions = {}): string {
  const mark = options.mark ?? { open: '«', close: '»' };
  if (result.hits.length === 0) return 'No clause matches.';
  const lines = [
    `${result.total} matching clauses, page ${result.page} of ${result.pages} (${result.processingTimeMs} ms)`,
  ];
  result.hits.forEach((hit, i) => {
    lines.push('', `${i + 1}. ${describe(hit)}`);
    const snippet = hit.segments.map((s) => (s.match ? `${mark.open}${s.text}${mark.close}` : s.text)).join('');
    lines.push(`   ${snippet.replace(/\s*\n\s*/g, ' ')}`);
  });
  return lines.join('\n');
}

/** "Thanh Hóa · Công văn số 329-CV/TU · 22/7/2021 · 3.-1 (thanh-hoa-2021-07-22-329-cv-tu)". */
function describe(hit: SearchHit): string {
  const date = hit.date ? formatVietnameseDate(hit.date) : 'không rõ ngày';
  return [hit.provinceName || '?', hit.documentName, date, `${hit.clauseId} (${hit.directive})`].join(' · ');
}
