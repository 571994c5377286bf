/**
 * What a measure's page and the measures index show, computed once per build from the whole corpus:
 * how many clauses and directives order the measure, where (by province) and when (by year), and the
 * latest few clauses quoted. The page shows these and links into search for the rest
 * (`/?bien-phap=<id>`), so it stays a few tens of kilobytes at any corpus size.
 */
import type { Directive, DirectiveId } from '../directive/schema.ts';
import type { Measure } from '../measures/schema.ts';
import { cueSegments, type Segment } from './cue-segments.ts';
import type { RunningTotal } from '../corpus/sink.ts';

export interface QuotedClause {
  directiveId: DirectiveId;
  clauseId: string;
  /** "Điểm b, Mục 3". */
  label: string;
  /** The clause's text cut at the measure's cues, shortened to EXCERPT_CHARS. */
  segments: Segment[];
}

export interface MeasureListing {
  measureId: string;
  clauses: number;
  directives: number;
  /** Provinces by number of clauses, most first. */
  byProvince: Array<{ provinceId: string; provinceName: string; clauses: number }>;
  /** Years by number of clauses, in year order; undated clauses are left out. */
  byYear: Array<{ year: string; clauses: number }>;
  /** The most recent clauses, newest first. */
  latest: QuotedClause[];
}

/** How many clauses a measure page quotes; the rest are one link away, in search. */
export const LATEST_CLAUSES = 20;
/** A quoted clause is cut here: a clause of a very long directive can run to pages. */
export const EXCERPT_CHARS = 600;

/** One pass over `directives` (in date order, oldest first) for every measure. */
export function measureListings(directives: Iterable<Directive>, measures: readonly Measure[]): MeasureListing[] {
  const totals = measureListingTotals(measures);
  for (const d of directives) totals.add(d);
  return totals.finish();
}

/** Every measure's listing as a running total, fed the directives oldest first (the site build's listings). */
export function measureListingTotals(measures: readonly Measure[]): RunningTotal<MeasureListing[]> {
  const acc = new Map(
    measures.map((m) => [
      m.id,
      {
        listing: {
          measureId: m.id,
          clauses: 0,
          directives: 0,
          byProvince: [],
          byYear: [],
          latest: [],
        } as MeasureListing,
        provinces: new Map<string, { provinceId: string; provinceName: string; clauses: number }>(),
        years: new Map<string, number>(),
      },
    ]),
  );
  return {
    add(d) {
      const year = d.date ? d.date.value.slice(0, 4) : null;
      for (const [measureId, a] of acc) {
        const clauses = d.clauses.filter((c) => c.measures.includes(measureId));
        if (clauses.length === 0) continue;
        a.listing.clauses += clauses.length;
        a.listing.directives++;
        if (d.province) {
          const p = a.provinces.get(d.province.value.id) ?? {
            provinceId: d.province.value.id,
            provinceName: d.province.value.name,
            clauses: 0,
          };
          p.clauses += clauses.length;
          a.provinces.set(p.provinceId, p);
        }
        if (year) a.years.set(year, (a.years.get(year) ?? 0) + clauses.length);
        // Directives come oldest first, so each one's clauses go in front: the list reads newest first.
        const quoted = clauses.slice(0, LATEST_CLAUSES).map((clause) => ({
          directiveId: d.id,
          clauseId: clause.id,
          label: clause.label,
          segments: shorten(cueSegments(clause, measureId), EXCERPT_CHARS),
        }));
        a.listing.latest = [...quoted, ...a.listing.latest].slice(0, LATEST_CLAUSES);
      }
    },
    finish: () =>
      [...acc.values()].map(({ listing, provinces, years }) => ({
        ...listing,
        byProvince: [...provinces.values()].sort(
          (x, y) => y.clauses - x.clauses || x.provinceName.localeCompare(y.provinceName, 'vi'),
        ),
        byYear: [...years.entries()]
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([year, clauses]) => ({ year, clauses })),
      })),
  };
}

/** The segments cut after `max` characters, with "…" when something was cut. */
export function shorten(segments: readonly Segment[], max: number): Segment[] {
  const out: Segment[] = [];
  let left = max;
  for (const s of segments) {
    if (s.text.length <= left) {
      out.push(s);
      left -= s.text.length;
      continue;
    }
    out.push({ text: `${s.text.slice(0, left).trimEnd()}…`, match: s.match });
    break;
  }
  return out;
}
