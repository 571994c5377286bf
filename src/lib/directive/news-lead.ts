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
import { isProse, NUMBER_LINE, PLACE_DATE_LINE } from './header-lines.ts';

export interface NewsLead {
  /** The headline and lead lines, in order. */
  lines: Line[];
  /** The line that holds the "ban hành …" sentence. */
  leadLine: Line;
  lastLine: Line;
  match: RegExpExecArray;
}

/** Type letters a copy puts before the number: "Công văn CV 9229/UBND-VHXH" (N3). */
const GLUED_PREFIX = String.raw`(?:CV|CT|CĐ|QĐ|KH|TB)\s?(?=\d)`;

/** How far down a lead may stand: below portal dates, widgets, banners and a related list. */
const LEAD_SEARCH_LINES = 15;

/** "… [đã|vừa] [ký] ban hành Chỉ thị số 07-CT/TU [ngày 07/8/2021] [về …]" */
export const LEAD_SENTENCE = new RegExp(
  String.raw`(?:đã|vừa)?\s*(?:ký\s+)?ban hành\s+(${DOC_TYPE_NAME_PATTERN})\s+(?:số\s+)?(?:${GLUED_PREFIX})?(${DOC_CODE_PATTERN})?` +
    String.raw`(?:\s*,?\s*${DATE_PATTERN})?(?:\s+(?:về|V\/v)\s+(.+?))?(?=\.\s|\.$|\s*;|\s*:|$)`,
  'u',
);

/**
 * Looks at the top of the page only, and above any header: a lead stands before the document it
 * relays, though portal chrome (dates, widgets, a related list) may stand before it. The lead's
 * lines are the sentence and the headline right above it (a short line without digits), never the
 * chrome, whose dates and numbers are not the document's.
 */
export function findNewsLead(content: Line[]): NewsLead | null {
  const top = content.filter((l) => l.text !== '').slice(0, LEAD_SEARCH_LINES);
  for (const [i, line] of top.entries()) {
    if (NUMBER_LINE.test(line.text) || (PLACE_DATE_LINE.test(line.text) && /ngày\s+\d/.test(line.text))) break;
    if (!isProse(line.text) && line.text.length < 80) continue;
    const match = LEAD_SENTENCE.exec(line.text);
    if (!match || match.index > 160) continue;
    const above = top[i - 1];
    const headline = above && !/\d/.test(above.text) && !/^[-+•]/.test(above.text) && above.text.length < 200;
    return { lines: headline ? [above, line] : [line], leadLine: line, lastLine: line, match };
  }
  return null;
}
