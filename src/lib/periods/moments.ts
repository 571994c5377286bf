/**
 * Moments a period starts or ends at, as printed: a day, with or without its year, and the hour
 * printed before it.
 *
 *   "0 giờ ngày 02/8/2021"                 → 2021-08-02T00:00
 *   "00 giờ 00 phút, ngày 16 tháng 8 năm 2021" → 2021-08-16T00:00
 *   "12h00 ngày 5/5/2021", "0h ngày 14/7"  → with the hour; "14/7" has no year (`year: null`)
 *   "00h00’ ngày 02/10/2021"              → a minute mark after the minutes, as portals print it
 *   "ngày 23 tháng 9 năm 2021", "15/8/2021" → the day alone
 * Groups are named, so a pattern built around MOMENT_PATTERN reads them by name wherever they fall.
 * `p` is a prefix that keeps two moments in one pattern apart ("f" for from, "t" for to).
 */
import { toIsoDate } from '../directive/dates.ts';

/** Not right after a digit, nor after a digit and a separator ("5/11/12/2021"). */
const DAY_START = String.raw`(?<!\d)(?<!\d\s?[/.-]\s?)`;

export function hourPattern(p: string): string {
  return String.raw`(?<${p}h>\d{1,2})\s{0,2}(?:giờ|h|g)(?:\s{0,2}(?<${p}min>\d{2})(?:\s{0,2}phút)?)?[’'′]?(?![\p{L}\d])(?:\s{1,2}(?<${p}part>sáng|trưa|chiều|tối|đêm))?`;
}

export function datePattern(p: string): string {
  return (
    String.raw`(?:${DAY_START}(?<${p}d1>\d{1,2})\s{1,4}tháng\s{1,4}(?<${p}m1>\d{1,2})(?:\s{1,4}năm\s{1,4}(?<${p}y1>\d{4}))?(?!\d)|` +
    String.raw`${DAY_START}(?<${p}d2>\d{1,2})\s?[/.-]\s?(?<${p}m2>\d{1,2})(?:\s?[/.-]\s?(?<${p}y2>\d{4}))?(?![\d/.-]?\d))`
  );
}

/** An hour (optional) then a day: "0 giờ ngày 2/8/2021", "ngày 15/8/2021", "2/8". */
export function momentPattern(p: string): string {
  return String.raw`(?:${hourPattern(p)}\s{0,2},?\s{0,2})?(?:(?:ngày|hôm)\s{1,4})?${datePattern(p)}`;
}

export interface PrintedMoment {
  day: number;
  month: number;
  /** Null when the text prints the day and month only ("từ 0 giờ ngày 14/7"). */
  year: number | null;
  /** Hours and minutes when printed; null for a day alone. */
  hour: number | null;
  minute: number;
}

export function momentFrom(groups: Record<string, string | undefined>, p: string): PrintedMoment | null {
  const day = groups[`${p}d1`] ?? groups[`${p}d2`];
  const month = groups[`${p}m1`] ?? groups[`${p}m2`];
  if (day === undefined || month === undefined) return null;
  const year = groups[`${p}y1`] ?? groups[`${p}y2`];
  const hourText = groups[`${p}h`];
  let hour = hourText === undefined ? null : Number(hourText);
  if (hour !== null && hour < 12 && /chiều|tối/.test(groups[`${p}part`] ?? '')) hour += 12;
  const minute = Number(groups[`${p}min`] ?? 0);
  if (hour !== null && (hour > 24 || minute > 59)) return null;
  return { day: Number(day), month: Number(month), year: year === undefined ? null : Number(year), hour, minute };
}

/** "2021-08-02" or "2021-08-02T00:00"; null when the day is not on the calendar. */
export function isoMoment(m: PrintedMoment, year: number, withHour = true): string | null {
  const day = toIsoDate(m.day, m.month, year);
  if (!day) return null;
  if (!withHour || m.hour === null) return day;
  return `${day}T${pad(m.hour)}:${pad(m.minute)}`;
}

/** The day `days` after an ISO day. */
export function addDays(isoDay: string, days: number): string {
  const t = Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
