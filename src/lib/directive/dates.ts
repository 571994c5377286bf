/**
 * Dates as Vietnamese documents print them:
 *   "ngày 22 tháng 7 năm 2021"  (header: "Thanh Hóa, ngày 22 tháng 7 năm 2021")
 *   "ngày 07/8/2021", "22/7/2021", "07-5-2021", "07.5.2021"
 * Day first, always. A date that does not exist on the calendar is not a date.
 */
import type { IsoDate } from './schema.ts';

/** Matches either form; groups: 1–3 the long form, 4–6 the numeric form. */
export const DATE_PATTERN = String.raw`(?:ngày\s+)?(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4}))`;

export function toIsoDate(day: number, month: number, year: number): IsoDate | null {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10) as IsoDate;
}

/** The date in a match of DATE_PATTERN. */
export function dateFromMatch(m: RegExpExecArray | RegExpMatchArray, offset = 0): IsoDate | null {
  const g = (i: number) => Number(m[offset + i]);
  if (m[offset + 1] !== undefined) return toIsoDate(g(1), g(2), g(3));
  if (m[offset + 4] !== undefined) return toIsoDate(g(4), g(5), g(6));
  return null;
}

/** The first date in `text`, with where it stands. */
export function findDate(text: string): { date: IsoDate; index: number; length: number } | null {
  const re = new RegExp(DATE_PATTERN, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const date = dateFromMatch(m);
    if (date) return { date, index: m.index, length: m[0].length };
  }
  return null;
}

/**
 * "2021-08-07" → "07/8/2021", "2021-02-15" → "15/02/2021": a date as official documents write it
 * (Nghị định 30/2020/NĐ-CP: a zero before a day under 10 and before months 1 and 2), so the pages,
 * the comparison and the citations a reader copies all show one form.
 */
export function formatVietnameseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const dd = String(day).padStart(2, '0');
  const mm = month !== undefined && month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${dd}/${mm}/${year}`;
}
