/**
 * Splits a directive into its zones before any field is read:
 *   web debris · pre-header (a legal database's metadata) · news lead · header · body · tail
 * The tail is "Nơi nhận" with the signature. Each later reader sees only its own zone, so a number
 * in a related-documents list or a date in a news list can never be taken for the directive's own.
 */
import { isBlank, splitCells, type Line } from './lines.ts';
import { findWebDebris, type WebDebris } from './web-debris.ts';
import { findNewsLead, type NewsLead } from './news-lead.ts';
import {
  BODY_OPENER,
  DISPATCH_LINE,
  ISSUER_HEADER_LINE,
  METADATA_LINE,
  NATIONAL_MOTTO,
  NUMBER_LINE,
  PLACE_DATE_LINE,
  RECIPIENTS_LINE,
  SUBJECT_LINE,
  TITLE_LINE,
  URGENCY_LINE,
  isAllCaps,
  isProse,
} from './header-lines.ts';
import { markerOf } from './markers.ts';
import { isSignatureLine } from './signature.ts';

export interface Zones {
  debris: WebDebris;
  preHeader: Line[];
  lead: NewsLead | null;
  /** Header lines, split into cells. */
  header: Line[];
  body: Line[];
  /** From "Nơi nhận" (or the signature) to the end, split into cells. */
  tail: Line[];
}

/** Lines that can only belong to a header: any one of them makes the block above the body a header. */
function isHeaderAnchor(text: string): boolean {
  if (METADATA_LINE.test(text)) return false;
  return (
    [NATIONAL_MOTTO, NUMBER_LINE, PLACE_DATE_LINE, URGENCY_LINE, RECIPIENTS_LINE, TITLE_LINE, ISSUER_HEADER_LINE].some(
      (re) =>
        re.test(text) && (re !== PLACE_DATE_LINE || /ngày\s+\d/.test(text)) && (re !== TITLE_LINE || isAllCaps(text)),
    ) || /^V\/v\s/i.test(text)
  );
}

/** A short line that may sit in a header: a subject running on, a recipient, a rule. */
function isHeaderish(text: string): boolean {
  if (BODY_OPENER.test(text)) return false;
  if (isHeaderAnchor(text) || SUBJECT_LINE.test(text) || DISPATCH_LINE.test(text)) return true;
  return !isProse(text) && text.length < 120;
}

/** How far down a header may start: below a related-documents list, a metadata block and banners. */
const HEADER_SEARCH_LINES = 60;
const OPERATIVE_ITEM: ReadonlySet<string> = new Set(['numbered', 'article', 'part']);
/** A second anchor within this many lines confirms the first (a lone caps line may be a headline). */
const CONFIRM_WITHIN = 8;

/** A number line or a place-and-date line stands for a header on its own; other anchors need company. */
function isStrongAnchor(text: string): boolean {
  return (NUMBER_LINE.test(text) && /\d/.test(text)) || (PLACE_DATE_LINE.test(text) && /ngày\s+\d/.test(text));
}

/**
 * Index in `rest` of the line the header starts at: the first header anchor among the top lines
 * that is strong or has another anchor close below it; -1 when there is none. Scored this way rather
 * than "the header is the first line", a header is found under whatever a copy put above it, and a
 * Title Case headline above a body is not taken for one.
 */
function firstHeaderAnchor(rest: Line[]): number {
  // Not past the first item of an operative part ("1.", "Điều 1.", "I."): what stands below it is a
  // body, and a signature's capitals there must not make everything above it chrome.
  const firstItem = rest.findIndex(
    (l, i) => i < HEADER_SEARCH_LINES && OPERATIVE_ITEM.has(markerOf(l.text)?.kind ?? ''),
  );
  const top = rest.slice(0, firstItem < 0 ? HEADER_SEARCH_LINES : firstItem);
  const anchors: number[] = [];
  const strong = new Set<number>();
  top.forEach((l, i) => {
    const cells = splitCells(l);
    if (cells.some((c) => isHeaderAnchor(c.text))) anchors.push(i);
    if (cells.some((c) => isStrongAnchor(c.text))) strong.add(i);
    // A title in capitals with its subject right below ("CHỈ THỊ" / "VỀ TĂNG CƯỜNG …").
    const below = top.slice(i + 1).find((n) => !isBlank(n));
    if (TITLE_LINE.test(l.text) && isAllCaps(l.text) && below && SUBJECT_LINE.test(below.text)) strong.add(i);
  });
  for (const [k, i] of anchors.entries()) {
    const next = anchors[k + 1];
    if (strong.has(i) || (next !== undefined && next - i <= CONFIRM_WITHIN)) return i;
  }
  return -1;
}

export function findZones(lines: Line[]): Zones {
  const debris = findWebDebris(lines);
  const content = lines.filter((l) => !debris.excluded.has(l.index));
  const lead = findNewsLead(content);
  let rest = lead ? content.filter((l) => l.index > lead.lastLine.index) : content;
  // Above a lead: portal chrome, or a database's metadata block; set aside with what is above a header.
  const aboveLead = lead ? content.filter((l) => l.index < lead.lines[0]!.index) : [];

  // Whatever a copy puts above the real header — a legal database's metadata block or list of
  // related documents, a login banner, a portal's dates and widgets, a headline — is set aside:
  // the header starts at the first confirmed anchor near the top (see firstHeaderAnchor).
  let preHeader: Line[] = aboveLead;
  const firstAnchor = firstHeaderAnchor(rest);
  if (firstAnchor > 0) {
    preHeader = [...aboveLead, ...rest.slice(0, firstAnchor)];
    rest = rest.slice(firstAnchor);
  }

  // The header: the run of header-shaped lines at the top, if it holds at least one anchor.
  let headerEnd = 0;
  let inRecipients = false;
  for (const [i, line] of rest.entries()) {
    if (isBlank(line)) continue;
    const cells = splitCells(line);
    if (cells.some((c) => RECIPIENTS_LINE.test(c.text) || DISPATCH_LINE.test(c.text))) inRecipients = true;
    // Recipients are bullets under "Kính gửi"; they may be long, but never a paragraph.
    const recipientBullet = inRecipients && /^[-+•]/.test(line.text) && line.text.length < 250;
    const headerish = cells.every((c) => isHeaderish(c.text)) && (markerOf(line.text) === null || recipientBullet);
    if (!headerish && !recipientBullet) break;
    headerEnd = i + 1;
  }
  let header = rest.slice(0, headerEnd);
  if (!header.some((l) => splitCells(l).some((c) => isHeaderAnchor(c.text)))) header = [];
  const afterHeader = rest.slice(header.length);

  // The tail: from the last "Nơi nhận", else the signature lines at the very end.
  let tailStart = afterHeader.findLastIndex((l) => splitCells(l).some((c) => /^Nơi nhận\s*:?/iu.test(c.text)));
  if (tailStart < 0) {
    tailStart = afterHeader.length;
    for (let i = afterHeader.length - 1; i >= 0; i--) {
      const line = afterHeader[i]!;
      if (isBlank(line)) continue;
      if (!splitCells(line).every((c) => isSignatureLine(c.text))) break;
      tailStart = i;
    }
  }
  const body = afterHeader.slice(0, tailStart);
  const tail = afterHeader
    .slice(tailStart)
    .flatMap(splitCells)
    .filter((l) => !isBlank(l));
  return { debris, preHeader, lead, header: header.flatMap(splitCells).filter((l) => !isBlank(l)), body, tail };
}
