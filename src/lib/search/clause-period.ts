/**
 * When a clause is in force, as day numbers the index can range-filter (`inForceFrom <= d AND
 * inForceTo >= d`, filters.ts). Days are yyyymmdd integers, like `dateNum`: 2 August 2021 is
 * 20210802. A moment with an hour ("2021-08-02T18:00") counts its whole day: the clause is in force
 * on that day, if not all of it.
 *
 * THE ONE PLACE the search reads a clause's period: today it is the clause's own `inForce`, else its
 * directive's, as the text states them (schema.ts `InForce`). The cross-document period (a later
 * text that replaces, lifts or extends this one: src/lib/in-force/) belongs here when it lands, and
 * nothing else in the search changes.
 *
 * - No stated period: unknown, both null, and an in-force filter never matches it (a missing value
 *   beats a wrong one: a 2020 directive is not "in force" in 2022 because nothing says it ended).
 * - A stated period with no start ("đến hết ngày 15/8/2021", "cho đến khi có thông báo mới") starts
 *   on the date of issue; with no date of issue either, its start is unknown.
 * - No stated end: open, OPEN_END.
 *
 * Browser-safe.
 */
import type { Clause, Directive, InForce } from '../directive/schema.ts';

/** The last day of an open period: after any day a reader can ask about. */
export const OPEN_END = 99991231;

export interface DayPeriod {
  /** First day in force (yyyymmdd); null = unknown, never matched. */
  from: number | null;
  /** Last day in force (yyyymmdd), OPEN_END when open; null only when `from` is. */
  to: number | null;
}

const UNKNOWN: DayPeriod = { from: null, to: null };

/** The period of one clause; `clause` null for the preamble and the closing (the directive's period). */
export function clauseDayPeriod(directive: Directive, clause: Clause | null): DayPeriod {
  const stated = clause?.inForce ?? directive.inForce;
  if (!stated) return UNKNOWN;
  return statedPeriod(stated, directive.date?.value ?? null);
}

function statedPeriod(stated: InForce, issued: string | null): DayPeriod {
  const start = stated.from?.value ?? issued;
  if (!start) return UNKNOWN;
  const from = dayNumber(start);
  const to = stated.to ? dayNumber(stated.to.value) : OPEN_END;
  // An end before the start is a misreading somewhere: unknown rather than an empty or wrong period.
  return to < from ? UNKNOWN : { from, to };
}

/** "2021-08-02" or "2021-08-02T18:00" → 20210802. */
export function dayNumber(moment: string): number {
  return Number(moment.slice(0, 10).replace(/-/g, ''));
}
