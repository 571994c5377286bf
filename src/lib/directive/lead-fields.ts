/**
 * The fields a relay states about its document: the winner of the identity decision (identity.ts)
 * over the headline, the news lead (news-lead.ts) and the opening paragraphs, with the subject the
 * lead gives after it ("… ban hành Chỉ thị số 07-CT/TU về tăng cường …").
 */
import type { Line } from './lines.ts';
import type { DocType, IsoDate, IssuerKind, SourceSpan } from './schema.ts';
import type { Found } from './header.ts';
import type { DocCode } from './doc-code.ts';
import type { Identity } from './identity.ts';
import type { NewsLead } from './news-lead.ts';

export interface LeadFields {
  docType: Found<DocType> | null;
  number: Found<DocCode> | null;
  date: Found<IsoDate> | null;
  issuer: Found<IssuerKind> | null;
  subject: Found<string> | null;
  /** Day and month of a lead that prints no year ("Tối 8/9, …"): not a date, but a check on one. */
  dayMonth: { day: number; month: number } | null;
}

/** "… Chỉ thị số 07-CT/TU [ngày …] về <subject>." — the subject runs to the sentence's end. */
const SUBJECT = /^\s*,?\s*(?:về|V\/v)\s+(?<subject>.+?)(?=\.\s|\.$|\s*;|\s*:|$)/u;

export function readLead(lead: NewsLead | null, identity: Identity | null): LeadFields | null {
  if (!lead && !identity) return null;
  return {
    docType: identity?.docType ?? null,
    number: identity?.number ?? null,
    date: identity?.date ?? null,
    issuer: identity?.issuer ?? null,
    subject: lead ? subjectOf(lead) : null,
    dayMonth: identity?.dayMonth ?? null,
  };
}

function subjectOf(lead: NewsLead): Found<string> | null {
  const { leadLine: line, mention } = lead;
  const after = line.raw.slice(mention.end);
  const subject = SUBJECT.exec(after)?.groups?.['subject'];
  if (!subject) return null;
  const at = mention.end + after.indexOf(subject);
  return {
    value: subject.trim(),
    span: { start: line.start + at, end: line.start + at + subject.length, line: line.lineNo },
  };
}

/** The span of `part` inside a line; the whole line if the part cannot be found verbatim. */
export function within(line: Line, part: string): SourceSpan {
  const at = line.raw.indexOf(part);
  if (at < 0) return { start: line.start, end: line.end, line: line.lineNo };
  return { start: line.start + at, end: line.start + at + part.length, line: line.lineNo };
}
