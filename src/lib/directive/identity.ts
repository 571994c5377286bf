/**
 * Which document a page is: a decision over candidates, for pages whose header prints no "Số: …"
 * line (a portal's relay, a newspaper's lead, a headline over an excerpt).
 *
 * Every mention of a document near the top of the page (doc-mentions.ts) is a candidate for "this
 * document". Each is scored by
 * - where it stands: the headline (a headline that opens with the kind, "Công điện khẩn của UBND
 *   tỉnh …", or ends with it in brackets, "(Quyết định 1033/QĐ-UBND ngày 09/5/2021)", names the
 *   page's document), the news lead, the opening paragraphs;
 * - the verb right before it: "ban hành", "ký", "vừa có", "có công văn", "phát đi", "đã ra";
 * - a citing frame instead ("Căn cứ", "theo", "thực hiện", "tại", "và"), or an owner after it that
 *   is a central body ("… của Thủ tướng Chính phủ"): a document cited, never this one;
 * - the issuer part of its code: provincial (UBND, TU, BCĐ) or central (TTg, CP, BYT, TW);
 * - agreement: the same code in the headline and the lead, its date beside it.
 * The best code is taken when it wins by a margin; otherwise there is none (absent, not guessed).
 * The kind comes with the winner as printed (kind-decision.ts reads it from the code otherwise); a lead that names a kind with an issuing verb but prints no number
 * ("UBND tỉnh vừa có công văn yêu cầu …") gives the kind alone.
 */
import type { Line } from './lines.ts';
import type { DocType, IsoDate, IssuerKind, SourceSpan } from './schema.ts';
import type { Found } from './header.ts';
import { isCentralCode, type DocCode } from './doc-code.ts';
import { findDocMentions, type DocMention } from './doc-mentions.ts';
import { BARE_DATE_PATTERN, findDate } from './dates.ts';
import { findIssuerName } from './issuers.ts';
import { isProse } from './header-lines.ts';
import { markerOf } from './markers.ts';

/** Where a line stands at the top of the page. */
export type Placement = 'headline' | 'lead' | 'opening';

export interface PlacedLine {
  line: Line;
  placement: Placement;
}

export interface Identity {
  number: Found<DocCode> | null;
  /** The kind as printed beside the winner (a code alone tells it in kind-decision.ts). */
  docType: Found<DocType> | null;
  /** The winner's date: printed beside it, or opening its lead sentence ("Ngày 19-2-2022, …"). */
  date: Found<IsoDate> | null;
  /** The body that issues it, named before the verb ("Ban Thường vụ Tỉnh ủy … đã ban hành"). */
  issuer: Found<IssuerKind> | null;
  /** Day and month of a lead that prints no year ("Tối 19-8, …"): not a date, a check on one. */
  dayMonth: { day: number; month: number } | null;
}

/** Issuer parts of a provincial body's code: the UBND, its Chủ tịch, the Tỉnh ủy, a steering committee. */
const PROVINCIAL_ISSUERS = new Set(['UBND', 'CTUBND', 'TU', 'BCĐ', 'BCD', 'HĐND', 'VP']);

const SCORE = {
  headline: 3,
  lead: 3,
  opening: 1,
  verb: 5,
  /** The headline opens with the kind ("Công điện khẩn của …") or brackets it at its end. */
  headlineNames: 4,
  cited: -8,
  central: -8,
  provincial: 1,
  /** The same code again, elsewhere at the top (headline and lead). */
  repeated: 2,
} as const;
/** A winner needs this score, and this lead over the best other code. */
const MIN_SCORE = 5;
const MARGIN = 3;

interface Candidate {
  mention: DocMention;
  placed: PlacedLine;
  score: number;
}

/** The lines a decision reads: the headline, the lead and the opening paragraphs above any header. */
export function placeTopLines(top: Line[], leadLine: Line | null): PlacedLine[] {
  const placed: PlacedLine[] = [];
  let prose = 0;
  let headlines = 0;
  for (const line of top) {
    if (line.text === '') continue;
    // An item of an operative part ("2. Giao Sở Y tế …") is the document's text, never a lead.
    if (markerOf(line.text) && line !== leadLine) continue;
    if (line === leadLine) placed.push({ line, placement: 'lead' });
    else if (prose === 0 && headlines < HEADLINE_LINES && !/[.:;]$/.test(line.text) && line.text.length < 300) {
      // A portal's name or section may stand above the headline: any short line before the prose.
      placed.push({ line, placement: 'headline' });
      headlines += 1;
    } else if (isProse(line.text) && prose < OPENING_PARAGRAPHS) placed.push({ line, placement: 'opening' });
    if (isProse(line.text)) prose += 1;
  }
  return placed;
}
/** How many short lines above the first paragraph may be the headline. */
const HEADLINE_LINES = 3;
/** How many prose paragraphs at the top may hold the lead sentence. */
const OPENING_PARAGRAPHS = 4;

export function decideIdentity(placed: PlacedLine[]): Identity | null {
  const candidates = placed.flatMap((p) => findDocMentions(p.line.raw).map((m) => scored(m, p)));
  if (candidates.length === 0) return null;
  const coded = candidates.filter((c) => c.mention.code);
  const byKey = new Map<string, Candidate[]>();
  for (const c of coded) byKey.set(c.mention.code!.key, [...(byKey.get(c.mention.code!.key) ?? []), c]);
  const ranked = [...byKey.values()]
    .map((group) => {
      const best = group.reduce((a, b) => (b.score > a.score ? b : a));
      const placements = new Set(group.filter((c) => c.score > 0).map((c) => c.placed.line));
      return { best, score: best.score + (placements.size > 1 ? SCORE.repeated : 0) };
    })
    .sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  const winner =
    first && first.score >= MIN_SCORE && (!second || first.score - second.score >= MARGIN) ? first.best : null;
  if (winner) return identityOf(winner, candidates);
  // No number wins: a kind named with an issuing verb in the lead or a headline naming it.
  const kinds = candidates.filter((c) => !c.mention.code && c.mention.docType && c.score >= MIN_SCORE);
  const types = new Set(kinds.map((c) => c.mention.docType));
  if (kinds.length === 0 || types.size > 1 || ranked.some((r) => r.score >= MIN_SCORE)) return null;
  return identityOf(
    kinds.reduce((a, b) => (b.score > a.score ? b : a)),
    candidates,
  );
}

function scored(mention: DocMention, placed: PlacedLine): Candidate {
  let score: number = SCORE[placed.placement];
  if (mention.verb) score += SCORE.verb;
  if (placed.placement === 'headline' && namesTheHeadline(placed.line.raw, mention)) score += SCORE.headlineNames;
  if (mention.frame || mention.centralOwner) score += SCORE.cited;
  if (mention.code && isCentralCode(mention.code)) score += SCORE.central;
  else if (mention.code?.groups.some((g) => PROVINCIAL_ISSUERS.has(g))) score += SCORE.provincial;
  // "văn bản" names no kind, nor does "hướng dẫn" in lower case: only a code makes them candidates.
  if ((!mention.docType && !mention.code) || mention.generic) score = Math.min(score, 0);
  // A number without its symbol ("Thông báo 94") is the page's own only where the headline names it so.
  if (mention.bare && !(placed.placement === 'headline' && namesTheHeadline(placed.line.raw, mention)))
    score = Math.min(score, 0);
  return { mention, placed, score };
}

/** "Công điện khẩn của UBND tỉnh …", "Quyết định về việc …", "… (Quyết định 1033/QĐ-UBND ngày …)". */
function namesTheHeadline(text: string, m: DocMention): boolean {
  const before = text.slice(0, m.index).trim();
  const after = text.slice(m.end).trim();
  if (before === '' && /^(?:của|về|V\/v|số|:)(?![\p{L}])/iu.test(after)) return true;
  if (before === '' && m.code) return true;
  // "(Quyết định 1033/QĐ-UBND ngày 09/5/2021)", "(Thông báo 94 của BCĐ phòng, chống dịch tỉnh)".
  return before.endsWith('(') && /^(?:\)|của\s[^()]*\)$)/u.test(after);
}

const OPENING_DATE = new RegExp(
  String.raw`^(?:\([^()\n]{1,40}\)\s{0,3}[-–]\s{0,3}|[A-ZĐ]{2,6}\s{0,3}[-–]\s{0,3})?(?:Vào\s+)?(?:(?:Sáng|Trưa|Chiều|Tối|Đêm)\s+(?:ngày\s+)?|[Nn]gày\s+)(?<date>${BARE_DATE_PATTERN})`,
  'u',
);
const OPENING_DAY_MONTH =
  /^(?:\([^()\n]{1,40}\)\s{0,3}[-–]\s{0,3}|[A-ZĐ]{2,6}\s{0,3}[-–]\s{0,3})?(?:Vào\s+)?(?:(?:Sáng|Trưa|Chiều|Tối|Đêm)\s+(?:ngày\s+)?|[Nn]gày\s+)(?<day>\d{1,2})\s?[/.-]\s?(?<month>\d{1,2})(?![\d/.-])/u;

function identityOf(winner: Candidate, all: Candidate[]): Identity {
  const { mention: m, placed } = winner;
  const line = placed.line;
  const at = (index: number, length: number): SourceSpan => ({
    start: line.start + index,
    end: line.start + index + length,
    line: line.lineNo,
  });
  const number = m.code && m.codeIndex !== null ? { value: m.code, span: at(m.codeIndex, m.codeText!.length) } : null;
  const kindSpan = at(m.index, m.kindText.length);
  const docType = m.docType ? { value: m.docType, span: kindSpan } : null;
  const date = dateOf(winner, all);
  const sentenceStart = sentenceStartOf(line.raw, m.index);
  const named = issuerBefore(line.raw.slice(sentenceStart, m.index));
  const issuer = named && m.verb ? { value: named.kind, span: at(sentenceStart + named.index, named.length) } : null;
  const dm = OPENING_DAY_MONTH.exec(line.raw.slice(sentenceStart).trimStart())?.groups;
  const dayMonth = dm ? { day: Number(dm['day']), month: Number(dm['month']) } : null;
  return { number, docType, date, issuer, dayMonth: dayMonth && validDayMonth(dayMonth) };
}

/** The date printed beside the winner, beside the same code elsewhere at the top, or opening its lead. */
function dateOf(winner: Candidate, all: Candidate[]): Found<IsoDate> | null {
  const same = [
    winner,
    ...all.filter((c) => c !== winner && winner.mention.code && c.mention.code?.key === winner.mention.code.key),
  ];
  for (const c of same) {
    if (c.mention.date && c.mention.dateText) {
      const at = c.placed.line.raw.indexOf(c.mention.dateText, c.mention.index);
      return { value: c.mention.date, span: spanIn(c.placed.line, at, c.mention.dateText.length) };
    }
  }
  if (!winner.mention.verb) return null;
  // The date opening the sentence that issues it: "Ngày 19-2-2022, Ban Thường vụ … đã ban hành …".
  const raw = winner.placed.line.raw;
  const start = sentenceStartOf(raw, winner.mention.index);
  const sentence = raw.slice(start).trimStart();
  const opening = OPENING_DATE.exec(sentence);
  const text = opening?.groups?.['date'];
  const date = text ? findDate(text)?.date : null;
  if (!opening || !text || !date) return null;
  const at = raw.length - sentence.length + opening[0].length - text.length;
  return { value: date, span: spanIn(winner.placed.line, at, text.length) };
}

/** Where the sentence holding `index` starts in a line: after the last ". " before it. */
function sentenceStartOf(raw: string, index: number): number {
  const stop = raw.lastIndexOf('. ', index);
  return stop < 0 ? 0 : stop + 2;
}

function spanIn(line: Line, index: number, length: number): SourceSpan {
  return { start: line.start + index, end: line.start + index + length, line: line.lineNo };
}

/**
 * The body named before the verb. A deputy signs "thay mặt UBND tỉnh" (on behalf of the UBND):
 * the body he signs for is the issuer, not his own title ("Phó Chủ tịch UBND tỉnh").
 */
function issuerBefore(text: string): ReturnType<typeof findIssuerName> {
  const onBehalf = /(?<![\p{L}])(?:thay mặt|Thay mặt|T\/M)\s+/u.exec(text);
  if (onBehalf) {
    const from = onBehalf.index + onBehalf[0].length;
    const body = findIssuerName(text.slice(from).split(/[,;]/)[0] ?? '');
    if (body && body.index === 0) return { ...body, index: from };
  }
  return findIssuerName(text);
}

function validDayMonth(dm: { day: number; month: number }): { day: number; month: number } | null {
  return dm.day >= 1 && dm.day <= 31 && dm.month >= 1 && dm.month <= 12 ? dm : null;
}
