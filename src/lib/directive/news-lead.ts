/**
 * A portal reposting a directive puts its own headline and lead above the text:
 *   "Tăng cường lãnh đạo, chỉ đạo về phòng, chống dịch Covid-19 trong tình hình mới"   (headline)
 *   "Ngày 07/8/2021, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 07-CT/TU về tăng cường … Cụ thể:"
 * (Nghệ An), or "Ngày 02/10/2021, UBND tỉnh đã ban hành Quyết định số … về …". The lead states the
 * document's date, issuer, kind, number and subject; it is not part of the directive's text.
 */
import type { Line } from './lines.ts';
import { DOC_TYPE_NAME_PATTERN } from './doc-types.ts';
import { DOC_CODE_PATTERN } from './doc-code.ts';
import { DATE_PATTERN } from './dates.ts';
import { isProse } from './header-lines.ts';

export interface NewsLead {
  /** The headline and lead lines, in order. */
  lines: Line[];
  /** The line that holds the "ban hành …" sentence. */
  leadLine: Line;
  lastLine: Line;
  match: RegExpExecArray;
}

/** "… [đã|vừa] [ký] ban hành Chỉ thị số 07-CT/TU [ngày 07/8/2021] [về …]" */
export const LEAD_SENTENCE = new RegExp(
  String.raw`(?:đã|vừa)?\s*(?:ký\s+)?ban hành\s+(${DOC_TYPE_NAME_PATTERN})\s+(?:số\s+)?(${DOC_CODE_PATTERN})?` +
    String.raw`(?:\s*,?\s*${DATE_PATTERN})?(?:\s+(?:về|V\/v)\s+(.+?))?(?=\.\s|\.$|\s*;|\s*:|$)`,
  'u',
);

/** Looks at the first few content lines only: a lead stands at the top of the page. */
export function findNewsLead(content: Line[]): NewsLead | null {
  const top = content.filter((l) => l.text !== '').slice(0, 3);
  for (const [i, line] of top.entries()) {
    if (!isProse(line.text) && line.text.length < 80) continue;
    const match = LEAD_SENTENCE.exec(line.text);
    if (!match || match.index > 160) continue;
    return { lines: top.slice(0, i + 1), leadLine: line, lastLine: line, match };
  }
  return null;
}
