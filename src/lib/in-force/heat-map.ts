/**
 * The panel by week, for the heat map (/tong-quan/hieu-luc) and a province's timeline: one letter a
 * week, so a measure's whole map is 63 strings of PANEL_WEEKS letters instead of 67,000 day cells.
 *   F  in force on some day of the week, somewhere covering the whole province
 *   P  in force on some day, but only in the districts or communes named
 *   N  no day in force, and not in force on some day (a stated end or a lifting text behind it)
 *   .  unknown all week
 */
import { addDays, PANEL_LAST_DAY, PANEL_WEEKS, weekIndex } from './days.ts';
import type { Day } from './effective-period.ts';
import type { ChangeRow } from './panel.ts';

export type WeekCode = 'F' | 'P' | 'N' | '.';
const RANK: Record<WeekCode, number> = { '.': 0, N: 1, P: 2, F: 3 };

/** One measure's rows of one province (date order) as a string of week codes. */
export function weekCodes(rows: readonly ChangeRow[]): string {
  const weeks: WeekCode[] = Array.from({ length: PANEL_WEEKS }, () => '.');
  rows.forEach((row, i) => {
    const code: WeekCode =
      row.state === 'in-force' ? (row.scope === null ? 'F' : 'P') : row.state === 'not-in-force' ? 'N' : '.';
    if (code === '.') return;
    const next = rows[i + 1];
    const last: Day = next ? addDays(next.date, -1) : PANEL_LAST_DAY;
    for (let w = weekIndex(row.date); w <= weekIndex(last); w++) {
      if (RANK[code] > RANK[weeks[w]!]) weeks[w] = code;
    }
  });
  return weeks.join('');
}

/** A string of week codes as runs, for drawing: [first week, length, code]. */
export function weekRuns(codes: string): Array<[number, number, WeekCode]> {
  const runs: Array<[number, number, WeekCode]> = [];
  for (let w = 0; w < codes.length; w++) {
    const code = codes[w] as WeekCode;
    const last = runs.at(-1);
    if (last && last[2] === code && last[0] + last[1] === w) last[1]++;
    else runs.push([w, 1, code]);
  }
  return runs;
}
