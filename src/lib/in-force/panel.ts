/**
 * Bảng hiệu lực: for one province, every measure, every day of the window (days.ts), one of three
 * states, stored as change rows (a row on the first day of each run of equal cells, not one per day):
 * - `in-force`: some clause ordering the measure is in force that day; the row names the clauses
 *   (at most MAX_CLAUSES_PER_CELL, the latest to start, with the full count), their districts when
 *   none covers the whole province, the numbers they set and the central templates that brought it.
 * - `not-in-force`: none is, and a period that was has ended — at its stated end or because a later
 *   text replaced or lifted it; the row names those clauses and what ended them. Never for lack of
 *   a text: a measure no text speaks of is unknown.
 * - `unknown`: nothing known. Every series starts unknown, so no row is written for it: days before
 *   a (province, measure)'s first row are unknown.
 */
import type { ParameterKind } from '../directive/schema.ts';
import type { ClausePeriod, ParameterValue } from './clause-periods.ts';
import { dayAfter, PANEL_FIRST_DAY, PANEL_LAST_DAY } from './days.ts';
import type { Day } from './effective-period.ts';

export type CellState = 'in-force' | 'not-in-force' | 'unknown';

export interface ChangeRow {
  province: string;
  /** The first day of the run; it lasts until the next row of the same province and measure. */
  date: Day;
  measure: string;
  state: CellState;
  /** in-force: the clauses in force (`<directive>#<clause>`); not-in-force: those whose periods ended last. */
  clauses: string[];
  /** How many clauses the cell rests on (the list holds at most MAX_CLAUSES_PER_CELL). */
  clauseCount: number;
  /** How many documents those clauses come from. */
  documents: number;
  /** not-in-force: for each ended clause, what ended it: "stated-end" or the acting text (`<directive>#<clause>`). */
  endedBy: string[];
  /** in-force: the clauses in force whose periods state no end (in force until a later text says otherwise). */
  open: string[];
  /** in-force: the districts or communes, when every clause in force names some; null = the whole province. */
  scope: string[] | null;
  parameters: ParameterValue[];
  /** Central templates that brought the measure ("Chỉ thị 16/CT-TTg"). */
  templates: string[];
}

/** A cell lists this many clauses at most: a page or a CSV row stays bounded however many overlap. */
export const MAX_CLAUSES_PER_CELL = 20;

/** Which measure a number belongs to: "không tập trung quá 10 người" speaks of gatherings, not of masks. */
export const PARAMETER_MEASURE: Record<ParameterKind, string> = {
  max_gathering: 'distancing-gatherings',
  min_distance: 'distancing-gatherings',
  capacity_pct: 'business-restrictions',
  quarantine_days: 'quarantine-isolation',
  test_interval_days: 'testing',
  curfew_from: 'movement-control',
  curfew_to: 'movement-control',
  max_passengers_pct: 'movement-control',
};

/** The change rows of one province, measure by measure in `measures` order, each in date order. */
export function* provincePanel(
  provinceId: string,
  periods: readonly ClausePeriod[],
  measures: readonly string[],
): Generator<ChangeRow> {
  for (const measure of measures) {
    yield* measureSeries(
      provinceId,
      measure,
      periods.filter((p) => p.measures.includes(measure) && p.period.from !== null),
    );
  }
}

function* measureSeries(province: string, measure: string, periods: readonly ClausePeriod[]): Generator<ChangeRow> {
  if (periods.length === 0) return;
  const starts = new Map<Day, ClausePeriod[]>();
  const ends = new Map<Day, ClausePeriod[]>();
  const push = (map: Map<Day, ClausePeriod[]>, d: Day, p: ClausePeriod) => {
    const list = map.get(d);
    if (list) list.push(p);
    else map.set(d, [p]);
  };
  for (const p of periods) {
    const from = p.period.from!;
    const to = p.period.to;
    if (from > PANEL_LAST_DAY || (to !== null && to < from)) continue;
    push(starts, from < PANEL_FIRST_DAY ? PANEL_FIRST_DAY : from, p);
    // The day after the last day in force is the first day it no longer is.
    if (to !== null) push(ends, to < PANEL_FIRST_DAY ? PANEL_FIRST_DAY : dayAfter(to), p);
  }
  const days = [...new Set([...starts.keys(), ...ends.keys()])].filter((d) => d <= PANEL_LAST_DAY).sort();
  let active: ClausePeriod[] = [];
  let lastEnded: ClausePeriod[] = [];
  let previous = '';
  for (const day of days) {
    const ending = ends.get(day) ?? [];
    if (ending.length > 0) {
      const gone = new Set(ending);
      active = active.filter((p) => !gone.has(p));
      lastEnded = ending;
    }
    // A period that starts and ends before the window opens counts as ended, never as in force.
    for (const p of starts.get(day) ?? []) if (!(ends.get(day) ?? []).includes(p)) active.push(p);
    const row = cell(province, day, measure, active, lastEnded);
    const key = JSON.stringify({ ...row, date: '' });
    if (key !== previous) yield row;
    previous = key;
  }
}

function cell(
  province: string,
  date: Day,
  measure: string,
  active: readonly ClausePeriod[],
  lastEnded: readonly ClausePeriod[],
): ChangeRow {
  const base = { province, date, measure };
  if (active.length > 0) {
    // The latest to start first: the texts a reader of that day would have had in hand.
    const shown = [...active]
      .sort((a, b) => b.period.from!.localeCompare(a.period.from!) || a.ref.localeCompare(b.ref))
      .slice(0, MAX_CLAUSES_PER_CELL);
    const wholeProvince = active.some((p) => p.period.scope === null);
    return {
      ...base,
      state: 'in-force',
      clauses: shown.map((p) => p.ref),
      clauseCount: active.length,
      documents: new Set(active.map((p) => p.directive)).size,
      endedBy: [],
      open: shown.filter((p) => p.period.to === null).map((p) => p.ref),
      scope: wholeProvince ? null : [...new Set(active.flatMap((p) => p.period.scope ?? []))].sort(),
      parameters: parametersOf(shown, measure),
      templates: [...new Set(shown.flatMap((p) => p.templates[measure] ?? []))].sort(),
    };
  }
  if (lastEnded.length > 0) {
    const shown = lastEnded.slice(0, MAX_CLAUSES_PER_CELL);
    return {
      ...base,
      state: 'not-in-force',
      clauses: shown.map((p) => p.ref),
      clauseCount: lastEnded.length,
      documents: new Set(lastEnded.map((p) => p.directive)).size,
      endedBy: shown.map(endedBy),
      open: [],
      scope: null,
      parameters: [],
      templates: [],
    };
  }
  return {
    ...base,
    state: 'unknown',
    clauses: [],
    clauseCount: 0,
    documents: 0,
    endedBy: [],
    open: [],
    scope: null,
    parameters: [],
    templates: [],
  };
}

/** What ended a period: its own stated end, or the later text (and clause) that replaced, lifted or extended it. */
function endedBy(p: ClausePeriod): string {
  const by = p.period.changedBy;
  if (!by) return 'stated-end';
  return by.byClause ? `${by.by}#${by.byClause}` : by.by;
}

function parametersOf(periods: readonly ClausePeriod[], measure: string): ParameterValue[] {
  const seen = new Map<string, ParameterValue>();
  for (const p of periods) {
    for (const v of p.parameters) {
      if (PARAMETER_MEASURE[v.kind] === measure) seen.set(`${v.kind}=${v.value}${v.unit}`, v);
    }
  }
  return [...seen.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.value - b.value);
}
