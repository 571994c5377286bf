/**
 * The overview's timeline: every directive placed on a time axis, one lane per province. Positions
 * are fractions of the axis (0–1) so the page can draw them in SVG at any width. A directive
 * without a printed date is placed at the earliest date it can have and drawn hollow.
 */
import type { Directive } from '../directive/schema.ts';
import { directiveDateLabel, directiveTitle, sortDate } from './describe.ts';

export interface TimelinePoint {
  directiveId: string;
  title: string;
  dateLabel: string;
  /** 0 at the start of the axis, 1 at its end. */
  x: number;
  /** False when the position is a lower bound, not a date. */
  dated: boolean;
}

export interface TimelineLane {
  provinceId: string;
  provinceName: string;
  points: TimelinePoint[];
}

export interface Timeline {
  /** First day of the first year shown, and first day after the last. */
  start: string;
  end: string;
  /** Year boundaries and half-years, as positions with a label. */
  ticks: Array<{ x: number; label: string; major: boolean }>;
  lanes: TimelineLane[];
  /** Directives with neither a date nor a lower bound: listed, not placed. */
  unplaced: Directive[];
}

const DAY_MS = 86_400_000;

/** The axis covers whole years, at least 2020–2022 (the pandemic years the corpus is about). */
export function directiveTimeline(directives: readonly Directive[]): Timeline {
  const placed = directives.filter((d) => sortDate(d) !== '9999-12-31');
  const years = placed.map((d) => Number(sortDate(d).slice(0, 4)));
  const firstYear = Math.min(2020, ...years);
  const lastYear = Math.max(2022, ...years);
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const position = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - start) / (end - start);

  const lanes = new Map<string, TimelineLane>();
  for (const d of placed) {
    const provinceId = d.province?.value.id ?? '';
    const lane = lanes.get(provinceId) ?? {
      provinceId,
      provinceName: d.province?.value.name ?? 'Chưa rõ tỉnh',
      points: [],
    };
    lane.points.push({
      directiveId: d.id,
      title: directiveTitle(d),
      dateLabel: directiveDateLabel(d),
      x: position(sortDate(d)),
      dated: d.date !== null,
    });
    lanes.set(provinceId, lane);
  }

  const ticks: Timeline['ticks'] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    ticks.push({ x: (Date.UTC(year, 0, 1) - start) / (end - start), label: String(year), major: true });
    ticks.push({ x: (Date.UTC(year, 6, 1) - start) / (end - start), label: `7/${year}`, major: false });
  }
  return {
    start: new Date(start).toISOString().slice(0, 10),
    end: new Date(end - DAY_MS).toISOString().slice(0, 10),
    ticks,
    lanes: [...lanes.values()].sort((a, b) => a.provinceName.localeCompare(b.provinceName, 'vi')),
    unplaced: directives.filter((d) => sortDate(d) === '9999-12-31'),
  };
}
