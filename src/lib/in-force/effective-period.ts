/**
 * Thời gian hiệu lực thực tế: the period a clause is in force, from what its own directive states
 * (schema `InForce`, on the clause or, when the clause states nothing, on the directive) and from
 * what later texts did to that directive (replaced, lifted or extended it: `PeriodChange`, resolved
 * across the corpus by in-force/resolve.ts). One pure function, `effectivePeriod`, that the panel,
 * the day pages and the search filter (`?hieu-luc`) all call, so they cannot disagree.
 *
 * The rules, and why:
 * - `from` is the stated start; without one, the date of issue (a Vietnamese directive takes
 *   effect when signed unless it says otherwise: "có hiệu lực kể từ ngày ký"), marked
 *   `date-of-issue`; without either, null and the period is `unknown` (never guessed).
 * - `to` is the stated last day in force; a later text that replaces or lifts the directive ends it
 *   the day before that text takes effect (if that comes first), one that extends it moves the end
 *   to the new last day. The text that did it is named (`changedBy`).
 * - No end at all is `open`: in force from `from` on, as a legal text is until replaced or lifted,
 *   but shown as open, since a later text may be missing from the corpus.
 * Days are compared as `YYYY-MM-DD`: a moment's hour ("2021-08-02T00:00") refines the day, it does
 * not move it.
 */
import type { Clause, ClauseId, Directive, DirectiveId, InForce } from '../directive/schema.ts';

/** A calendar day, `YYYY-MM-DD` (the first ten characters of an `InForceMoment`). */
export type Day = string;

/** What a later text did to a directive's period, as resolved in the corpus. */
export type PeriodChangeType = 'replaces' | 'lifts' | 'extends';

export interface PeriodChange {
  type: PeriodChangeType;
  /** The text that did it, and the clause it says so in (null: its preamble or closing). */
  by: DirectiveId;
  byClause: ClauseId | null;
  /** "Chỉ thị số 12/CT-UBND": how the cell and the page name it. */
  byName: string;
  /** The day the acting text takes effect: changes apply in this order (null: it has no known start). */
  on: Day | null;
  /**
   * The target's new last day in force: for `replaces` and `lifts` the day before `on`; for
   * `extends` the stated new end ("tiếp tục thực hiện … đến hết ngày 25/8/2021"), or null when the
   * extension states none (open again).
   */
  lastDay: Day | null;
}

export type PeriodStatus = 'bounded' | 'open' | 'unknown';

export interface EffectivePeriod {
  /** First day in force; null = unknown. */
  from: Day | null;
  /** The moment as printed when it carries an hour ("2021-08-02T00:00"), else null. */
  fromMoment: string | null;
  fromBasis: 'stated' | 'date-of-issue' | null;
  /** Last day in force; null = open (or unknown, when `from` is). */
  to: Day | null;
  toBasis: 'stated' | 'replaced' | 'lifted' | 'extended' | null;
  /** The later text that closed or moved the end, when one did. */
  changedBy: PeriodChange | null;
  /** "Cho đến khi có thông báo mới": open by its own words. */
  untilFurtherNotice: boolean;
  /** The districts or communes named; null = the whole province. */
  scope: string[] | null;
  /** `bounded` (both ends known), `open` (a start, no end), `unknown` (no start). */
  status: PeriodStatus;
}

/** Where a day stands against a period. `ended`: after its last day (a stated end or a later text). */
export type DayState = 'before' | 'in-force' | 'ended' | 'unknown';

type DirectivePeriodFacts = Pick<Directive, 'date' | 'inForce'>;
type ClausePeriodFacts = Pick<Clause, 'inForce'>;

const day = (moment: string): Day => moment.slice(0, 10);

const CHANGE_BASIS = { replaces: 'replaced', lifts: 'lifted', extends: 'extended' } as const;

/**
 * The clause's period (or the directive's, with `clause` null). A clause's own `inForce` is read
 * part by part: a part it leaves null is the directive's (a clause stating only its districts keeps
 * the directive's dates). `changes` are the later texts acting on the directive, in any order.
 */
export function effectivePeriod(
  directive: DirectivePeriodFacts,
  clause: ClausePeriodFacts | null,
  changes: readonly PeriodChange[] = [],
): EffectivePeriod {
  const own: InForce | null = clause?.inForce ?? null;
  const whole: InForce | null = directive.inForce;
  const fromField = own?.from ?? whole?.from ?? null;
  const ownEnds = own?.to || own?.untilFurtherNotice;
  const toField = ownEnds ? (own?.to ?? null) : (whole?.to ?? null);
  const untilFurtherNotice = (ownEnds ? own?.untilFurtherNotice : whole?.untilFurtherNotice)?.value === true;
  const scope = own?.scope?.value ?? whole?.scope?.value ?? null;

  let from: Day | null = null;
  let fromMoment: string | null = null;
  let fromBasis: EffectivePeriod['fromBasis'] = null;
  if (fromField) {
    from = day(fromField.value);
    fromMoment = fromField.value.length > 10 ? fromField.value : null;
    fromBasis = 'stated';
  } else if (directive.date) {
    from = directive.date.value;
    fromBasis = 'date-of-issue';
  }

  let to: Day | null = toField ? day(toField.value) : null;
  let toBasis: EffectivePeriod['toBasis'] = to ? 'stated' : null;
  let changedBy: PeriodChange | null = null;
  for (const change of orderChanges(changes)) {
    if (change.type === 'extends') {
      to = change.lastDay;
    } else {
      // A replacement or lifting that comes after the stated end changes nothing: it had ended.
      if (to !== null && change.lastDay !== null && to <= change.lastDay) continue;
      if (change.lastDay === null) continue;
      to = change.lastDay;
    }
    toBasis = CHANGE_BASIS[change.type];
    changedBy = change;
  }

  const status: PeriodStatus = from === null ? 'unknown' : to === null ? 'open' : 'bounded';
  return { from, fromMoment, fromBasis, to, toBasis, changedBy, untilFurtherNotice, scope, status };
}

/** Changes in the order they took effect; one of no known start goes last, then by the acting text's id. */
function orderChanges(changes: readonly PeriodChange[]): PeriodChange[] {
  return [...changes].sort(
    (a, b) => (a.on ?? '9999').localeCompare(b.on ?? '9999') || String(a.by).localeCompare(String(b.by)),
  );
}

/** Where `d` stands against the period: before it, in force, after its end, or unknown (no start). */
export function dayState(period: EffectivePeriod, d: Day): DayState {
  if (period.from === null) return 'unknown';
  if (d < period.from) return 'before';
  if (period.to !== null && d > period.to) return 'ended';
  return 'in-force';
}

/** Whether the clause is in force on `d` (the `?hieu-luc` filter): only a known start counts. */
export function inForceOn(period: EffectivePeriod, d: Day): boolean {
  return dayState(period, d) === 'in-force';
}
