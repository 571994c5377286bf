/**
 * The panel's calendar: the days of the pandemic the panel covers, from the first case in Vietnam
 * (23/01/2020) to the end of 2022, and the arithmetic on `YYYY-MM-DD` days it needs (UTC, so no
 * time zone moves a day), with weeks counted from the window's first Monday.
 */
import type { Day } from './effective-period.ts';

export const PANEL_FIRST_DAY: Day = '2020-01-23';
export const PANEL_LAST_DAY: Day = '2022-12-31';

const MS_PER_DAY = 86_400_000;

const toTime = (d: Day): number => Date.parse(`${d}T00:00:00Z`);
const fromTime = (t: number): Day => new Date(t).toISOString().slice(0, 10);

export function addDays(d: Day, n: number): Day {
  return fromTime(toTime(d) + n * MS_PER_DAY);
}

export const dayBefore = (d: Day): Day => addDays(d, -1);
export const dayAfter = (d: Day): Day => addDays(d, 1);

/** The Monday of the week of the window's first day (20/01/2020): week 0 starts there. */
export const PANEL_FIRST_MONDAY: Day = '2020-01-20';

/** The week of the window `d` falls in (0 = the week of 23/01/2020). */
export function weekIndex(d: Day): number {
  return Math.floor((toTime(d) - toTime(PANEL_FIRST_MONDAY)) / (7 * MS_PER_DAY));
}

/** How many weeks the window has (its last day's week included). */
export const PANEL_WEEKS = weekIndex(PANEL_LAST_DAY) + 1;

/** The Monday that starts week `w`. */
export function weekStart(w: number): Day {
  return addDays(PANEL_FIRST_MONDAY, 7 * w);
}

/** `d` held to the window. */
export function clampToPanel(d: Day): Day {
  return d < PANEL_FIRST_DAY ? PANEL_FIRST_DAY : d > PANEL_LAST_DAY ? PANEL_LAST_DAY : d;
}
