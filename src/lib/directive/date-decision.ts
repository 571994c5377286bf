/**
 * Ngày ban hành, from the best source, never invented:
 * 1. the header's "Thanh Hóa, ngày 22 tháng 7 năm 2021" (extracted);
 * 2. a news lead's "Ngày 07/8/2021, Ban Thường vụ Tỉnh ủy ban hành …" (extracted, noted);
 * 3. a metadata block's "Ngày ban hành: …" (extracted, noted: a cross-check, used only when
 *    neither the header nor a lead dates the document);
 * 4. for a notice of conclusions (thông báo kết luận) that does not print its own date, the date of
 *    the meeting it reports, "Ngày 28 tháng 8 năm 2020, sau khi nghe …" (inferred: such notices
 *    record a meeting's conclusions and are issued with them; Hải Dương);
 * 5. otherwise null, with bounds: a directive is issued no earlier than the latest dated document it
 *    cites ("Nghị quyết số 128/NQ-CP ngày 11/10/2021" → not before 2021-10-11; Sơn La).
 */
import type { Citation, DateBounds, DocType, Evidence, Field, IsoDate } from './schema.ts';
import type { Found, HeaderFields } from './header.ts';
import { METADATA_NOTE } from './metadata-block.ts';
import type { LeadFields } from './lead-fields.ts';
import type { Paragraph } from './paragraphs.ts';
import { spanOfLines } from './header.ts';
import { DATE_PATTERN, dateFromMatch, formatVietnameseDate } from './dates.ts';

const MEETING_OPENING = new RegExp(
  String.raw`^(?:Ngày|Tại cuộc họp(?: ngày)?|Tại phiên họp(?: ngày)?|Chiều ngày|Sáng ngày)\s+(?:[^,]{0,60}?\s)?${DATE_PATTERN}` +
    String.raw`\s*,?\s*(?:sau khi nghe|Ban Thường vụ|Thường trực|Ban Chấp hành|Tỉnh ủy|tại|,)`,
  'u',
);
const REPORTS_A_MEETING: ReadonlySet<DocType> = new Set(['thong-bao-ket-luan', 'ket-luan', 'thong-bao']);

export interface DateInput {
  header: HeaderFields;
  lead: LeadFields | null;
  docType: DocType | null;
  /** "Ngày ban hành: …" of a metadata block above the document, used only when nothing else dates it. */
  metadata: Found<IsoDate> | null;
  preamble: Paragraph[];
  citations: Citation[];
}

export function decideDate(input: DateInput): { date: Field<IsoDate> | null; dateBounds: DateBounds | null } {
  if (input.header.date) {
    return {
      date: { provenance: 'extracted', value: input.header.date.value, span: input.header.date.span },
      dateBounds: null,
    };
  }
  if (input.lead?.date) {
    const { value, span } = input.lead.date;
    return { date: { provenance: 'extracted', value, span, note: 'stated by the news lead' }, dateBounds: null };
  }
  if (input.metadata) {
    const { value, span } = input.metadata;
    return { date: { provenance: 'extracted', value, span, note: METADATA_NOTE }, dateBounds: null };
  }
  const meeting = input.docType && REPORTS_A_MEETING.has(input.docType) ? meetingDate(input.preamble) : null;
  // A lead that says "Tối 9/8, … ban hành Thông báo kết luận" dates the notice apart from its meeting.
  const leadDay = input.lead?.dayMonth;
  const [, month, day] = meeting ? meeting.value.split('-').map(Number) : [];
  const leadDisagrees = leadDay && (leadDay.day !== day || leadDay.month !== month);
  if (meeting && leadDisagrees) {
    return {
      date: null,
      dateBounds: { notBefore: { value: meeting.value, evidence: [meeting.evidence] }, notAfter: null },
    };
  }
  if (meeting) {
    return {
      date: { provenance: 'inferred', value: meeting.value, evidence: [meeting.evidence] },
      dateBounds: { notBefore: { value: meeting.value, evidence: [meeting.evidence] }, notAfter: null },
    };
  }
  return { date: null, dateBounds: boundsFromCitations(input.citations) };
}

function meetingDate(preamble: Paragraph[]): { value: IsoDate; evidence: Evidence } | null {
  const first = preamble[0];
  if (!first) return null;
  const m = MEETING_OPENING.exec(first.text);
  const value = m ? dateFromMatch(m) : null;
  if (!m || !value) return null;
  const evidence: Evidence = {
    text: m[0],
    note: `the notice reports the meeting of ${formatVietnameseDate(value)}; its own date is not printed, and a notice of conclusions is issued with the meeting's conclusions`,
    span: { ...spanOfLines(first.lines[0]!), end: first.lines[0]!.start + m[0].length },
  };
  return { value, evidence };
}

function boundsFromCitations(citations: Citation[]): DateBounds | null {
  const dated = citations.filter((c): c is Citation & { date: IsoDate } => c.date !== null);
  if (dated.length === 0) return null;
  const latest = dated.reduce((a, b) => (b.date > a.date ? b : a));
  const evidence: Evidence = {
    text: latest.text,
    note: `cites a document dated ${formatVietnameseDate(latest.date)}, so it was issued no earlier`,
    span: latest.span,
  };
  return { notBefore: { value: latest.date, evidence: [evidence] }, notAfter: null };
}
