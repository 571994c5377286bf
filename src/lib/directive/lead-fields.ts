/** The fields a news lead states (see news-lead.ts for its forms). */
import type { NewsLead } from './news-lead.ts';
import type { Line } from './lines.ts';
import type { DocType, IsoDate, IssuerKind, SourceSpan } from './schema.ts';
import type { Found } from './header.ts';
import { parseDocCode, type DocCode } from './doc-code.ts';
import { docTypeFromName } from './doc-types.ts';
import { BARE_DATE_PATTERN, dateFromMatch } from './dates.ts';
import { findIssuerName } from './issuers.ts';

export interface LeadFields {
  docType: Found<DocType> | null;
  number: Found<DocCode> | null;
  date: Found<IsoDate> | null;
  issuer: Found<IssuerKind> | null;
  subject: Found<string> | null;
  /** Day and month of a lead that prints no year ("Tối 8/9, …"): not a date, but a check on one. */
  dayMonth: { day: number; month: number } | null;
}

/**
 * The date a lead opens with: "Ngày 07/8/2021, …", "Vào ngày …", "Sáng 21/7/2021, …",
 * "Chiều ngày 3/5/2021, …", after a newspaper's dateline ("(BTN) - Ngày …", "ĐT - Sáng …").
 * Day and month without a year ("Tối 8/9, …") do not match: that date stays absent.
 */
const DATELINE = String.raw`(?:\([^()\n]{1,40}\)\s{0,3}[-–]\s{0,3}|[A-ZĐ]{2,6}\s{0,3}[-–]\s{0,3})?`;
const OPENING_DATE = new RegExp(
  String.raw`^${DATELINE}(?:Vào\s+)?(?:(?:Sáng|Trưa|Chiều|Tối|Đêm)\s+(?:ngày\s+)?|[Nn]gày\s+)${BARE_DATE_PATTERN}`,
  'u',
);

/** "Tối 8/9, …", "Ngày 16-4, …": a day and month with no year after them. */
const OPENING_DAY_MONTH = new RegExp(
  String.raw`^${DATELINE}(?:Vào\s+)?(?:(?:Sáng|Trưa|Chiều|Tối|Đêm)\s+(?:ngày\s+)?|[Nn]gày\s+)(\d{1,2})\s?[/.-]\s?(\d{1,2})(?![\d/.-])`,
  'u',
);

export function readLead(lead: NewsLead): LeadFields {
  const line = lead.leadLine;
  const m = lead.match;
  const code = m[2] ? parseDocCode(m[2]) : null;
  const datedInSentence = dateFromMatch(m, 2);
  const opening = OPENING_DATE.exec(line.text);
  const date = datedInSentence ?? (opening ? dateFromMatch(opening) : null);
  const beforeVerb = line.text.slice(0, m.index);
  const issuer = findIssuerName(beforeVerb);
  const docType = docTypeFromName(m[1]!);
  return {
    docType: docType ? { value: docType, span: within(line, m[1]!) } : null,
    number: code ? { value: code, span: within(line, m[2]!) } : null,
    date: date ? { value: date, span: within(line, opening?.[0] ?? m[0]) } : null,
    issuer: issuer ? { value: issuer.kind, span: within(line, issuer.text) } : null,
    subject: m[9] ? { value: m[9].trim(), span: within(line, m[9]) } : null,
    dayMonth: dayMonthOf(line.text),
  };
}

/** The span of `part` inside a line; the whole line if the part cannot be found verbatim. */
export function within(line: Line, part: string): SourceSpan {
  const at = line.raw.indexOf(part);
  if (at < 0) return { start: line.start, end: line.end, line: line.lineNo };
  return { start: line.start + at, end: line.start + at + part.length, line: line.lineNo };
}

function dayMonthOf(text: string): LeadFields['dayMonth'] {
  const m = OPENING_DAY_MONTH.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month } : null;
}
