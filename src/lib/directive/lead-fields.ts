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
}

/** "Ngày 07/8/2021, …": the date the lead opens with. */
const OPENING_DATE = new RegExp(
  String.raw`^(?:Ngày|Vào ngày|Sáng ngày|Chiều ngày|Tối ngày)\s+${BARE_DATE_PATTERN}`,
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
  };
}

/** The span of `part` inside a line; the whole line if the part cannot be found verbatim. */
export function within(line: Line, part: string): SourceSpan {
  const at = line.raw.indexOf(part);
  if (at < 0) return { start: line.start, end: line.end, line: line.lineNo };
  return { start: line.start + at, end: line.start + at + part.length, line: line.lineNo };
}
