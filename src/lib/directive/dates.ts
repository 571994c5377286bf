/**
 * Dates as Vietnamese documents print them. Day first, always. A date that does not exist on the
 * calendar (31/02/2021) is not a date.
 *
 * Why each part of DATE_PATTERN (invented examples in the shapes of real documents):
 * - long form "ngày 22 tháng 7 năm 2021" — every header's place-and-date line (Nghị định 30/2020);
 * - numeric "22/7/2021", "24-7-2021", "24.7.2021", "07/08/2021", spaces allowed around the separator
 *   ("22 / 7 / 2021") because copies from PDFs add them;
 * - an optional "ngày " before either, so a match covers "ngày 07/8/2021" in a lead or a citation;
 * - digit boundaries: no digit right before the day (nor a digit and a separator: "5/11/12/2021"),
 *   no digit right after the year. Without them "văn bản số 1211/12/2021" read as 11/12/2021 and a
 *   phone number "0912.05.2021" as 12/05/2021 (issue 12, item 7).
 * Every quantifier is bounded and no two adjacent ones can eat the same characters, so one try costs
 * a few steps whatever follows.
 */
import { calendarDay } from './calendar.ts';
import type { IsoDate } from './schema.ts';

/** Not right after a digit, nor after a digit and a separator ("5/11/12/2021"). */
const DAY_START = String.raw`(?<!\d)(?<!\d\s?[/.-]\s?)`;
/** The year ends the date: "2021" in "20215" is not a year. */
const YEAR_END = String.raw`(?!\d)`;

/** Either form without the "ngày" before it; groups: 1–3 the long form, 4–6 the numeric form. */
export const BARE_DATE_PATTERN =
  String.raw`(?:${DAY_START}(\d{1,2})\s{1,4}tháng\s{1,4}(\d{1,2})\s{1,4}năm\s{1,4}(\d{4})${YEAR_END}|` +
  String.raw`${DAY_START}(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})${YEAR_END})`;

/** Either form, with an optional "ngày" before it; the same groups. */
export const DATE_PATTERN = String.raw`(?:ngày\s{1,4})?${BARE_DATE_PATTERN}`;

export function toIsoDate(day: number, month: number, year: number): IsoDate | null {
  // calendarDay checks the day exists, which is what IsoDate's brand promises.
  return calendarDay(day, month, year) as IsoDate | null;
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
  const re = new RegExp(DATE_PATTERN, 'gu');
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
