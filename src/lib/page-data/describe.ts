/**
 * How a directive is dated and headed on the pages: "22/7/2021", "không rõ ngày (từ 11/10/2021)". Its
 * name and its issuer are stored on it (`documentName`, `issuerName`: directive/naming.ts).
 */
import { orderDayOf } from '../directive/date-order.ts';
import { formatVietnameseDate } from '../directive/dates.ts';
import type { Directive } from '../directive/schema.ts';

/** The fields naming and dating a directive: a whole Directive has them, and so has a listing's card. */
export type Described = Pick<
  Directive,
  'docType' | 'number' | 'date' | 'dateBounds' | 'issuer' | 'province' | 'subject' | 'documentName' | 'issuerName'
>;

/**
 * "22/7/2021"; for an undated text, what the bounds allow: "không rõ ngày (sau 11/10/2021)".
 * An inferred date is still shown as a date: the provenance mark beside it says it was inferred.
 */
export function directiveDateLabel(d: Described): string {
  if (d.date) return formatVietnameseDate(d.date.value);
  const after = d.dateBounds?.notBefore?.value;
  const before = d.dateBounds?.notAfter?.value;
  const range = [
    after ? `từ ${formatVietnameseDate(after)}` : null,
    before ? `đến ${formatVietnameseDate(before)}` : null,
  ].filter(Boolean);
  return range.length ? `không rõ ngày (${range.join(' ')})` : 'không rõ ngày';
}

/** sortDate's day for a directive with neither a date nor a lower bound: after every real day. */
export const UNDATED = '9999-12-31';

/** The ISO date to sort and place on a timeline by: the date, else the earliest it can be, else UNDATED. */
export function sortDate(d: Described): string {
  return orderDayOf(d) ?? UNDATED;
}

export function provinceName(d: Described): string | null {
  return d.province?.value.name ?? null;
}

/**
 * Trích yếu as a heading: first letter capital; a title printed all in capitals ("TĂNG CƯỜNG CÁC BIỆN
 * PHÁP …") is lowered first, since capitals read as shouting in running text.
 */
export function subjectLabel(d: Described): string | null {
  const subject = d.subject?.value.trim();
  if (!subject) return null;
  const text =
    subject === subject.toLocaleUpperCase('vi')
      ? subject.toLocaleLowerCase('vi').replace(/covid/g, 'Covid') // the disease's name keeps its capital
      : subject;
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
