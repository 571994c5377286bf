/**
 * A portal reposting a directive puts its own headline and lead above the text:
 *   "Tăng cường lãnh đạo, chỉ đạo về phòng, chống dịch Covid-19 trong tình hình mới"   (headline)
 *   "Ngày 07/8/2021, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 07-CT/TU về tăng cường … Cụ thể:"
 * (Nghệ An), or "Ngày 02/10/2021, UBND tỉnh đã ban hành Quyết định số … về …". The lead states the
 * document's date, issuer, kind, number and subject; it is not part of the directive's text.
 */
import type { Line } from './lines.ts';
import { findDocMentions, type DocMention } from './doc-mentions.ts';
import { isAllCaps, isProse, NUMBER_LINE, PLACE_DATE_LINE, TITLE_LINE } from './header-lines.ts';
import { markerOf } from './markers.ts';

export interface NewsLead {
  /** The headline and lead lines, in order. */
  lines: Line[];
  /** The line that holds the "ban hành …" sentence. */
  leadLine: Line;
  lastLine: Line;
  /** The document the sentence says was issued: a kind after an issuing verb. */
  mention: DocMention;
}

/** How far down a lead may stand: below portal dates, widgets, banners and a related list. */
const LEAD_SEARCH_LINES = 15;
/** The issuing sentence opens the lead: its kind stands within this many characters of the start. */
const LEAD_REACH = 200;

/**
 * The sentence a lead is: "[Ngày 07/8/2021,] [issuer] [đã|vừa] ban hành | ký | có | phát đi | ra
 * <kind> [số <code>] …", the kind in any case ("vừa có công văn 388 /UBND-KGVX, gửi …"). A kind
 * framed as cited ("thực hiện Công văn …", "… của Thủ tướng") is not what the lead issues.
 */
export function leadMention(text: string): DocMention | null {
  return (
    findDocMentions(text).find(
      (m) => m.index <= LEAD_REACH && m.verb && !m.frame && !m.centralOwner && !m.generic && (m.docType || m.code),
    ) ?? null
  );
}

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
    // A title in capitals ("CHỈ THỊ") starts the document: what follows is its text, not a lead.
    if (TITLE_LINE.test(line.text) && isAllCaps(line.text)) break;
    if (!isProse(line.text) && line.text.length < 80) continue;
    if (markerOf(line.text)) continue;
    const mention = leadMention(line.raw);
    if (!mention) continue;
    const above = top[i - 1];
    const headline = above && !/\d/.test(above.text) && !/^[-+•]/.test(above.text) && above.text.length < 200;
    return { lines: headline ? [above, line] : [line], leadLine: line, lastLine: line, mention };
  }
  return null;
}
