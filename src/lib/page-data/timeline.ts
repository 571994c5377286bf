/**
 * The overview's timeline: the directives on a time axis, one lane per province. Positions are
 * fractions of the axis (0–1) so the page can draw them in SVG at any width. A directive without a
 * printed date is placed at the earliest date it can have and drawn hollow.
 *
 * Why half-years: at 20,000 directives one dot per directive would make the page megabytes and the
 * dots a smear. A province's directives of one half-year share a dot, sized by their count and
 * linking to the search of that province and half-year; a half-year with a single directive keeps a
 * dot that links to the directive itself, so a small corpus reads as before. Quarters were tried:
 * 63 × 12 dots and the matrix took /tong-quan to 304 KB at 5,000 directives (bench site-scale).
 */
import { emptyRequest } from '../search/request.ts';
import { encodeState } from './search-state.ts';
import { directiveDateLabel, sortDate, UNDATED, type Described } from './describe.ts';

export interface TimelinePoint {
  /** The directive's page, or for several directives the search of the province and half-year. */
  href: string;
  /** The directive's name, or "12 văn bản". */
  title: string;
  dateLabel: string;
  /** How many directives the dot stands for. */
  count: number;
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
  /** The largest dot, to scale the dots. */
  maxCount: number;
  /** Directives with neither a date nor a lower bound: counted and linked to by the first few. */
  unplaced: { count: number; first: Array<{ id: string; title: string; dateLabel: string }> };
}

type Placeable = Described & { id: string };

const DAY_MS = 86_400_000;
/** How many undated directives the overview names before it says "and N more". */
const UNPLACED_SHOWN = 10;

/** The axis covers whole years, at least 2020–2022 (the pandemic years the corpus is about). */
export function directiveTimeline(directives: readonly Placeable[]): Timeline {
  const placed = directives.filter((d) => sortDate(d) !== UNDATED);
  const years = placed.map((d) => Number(sortDate(d).slice(0, 4)));
  const firstYear = Math.min(2020, ...years);
  const lastYear = Math.max(2022, ...years);
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const position = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - start) / (end - start);

  const bins = new Map<string, { provinceId: string; provinceName: string; half: string; members: Placeable[] }>();
  for (const d of placed) {
    const provinceId = d.province?.value.id ?? '';
    const half = halfOf(sortDate(d));
    const key = `${provinceId} ${half}`;
    const bin = bins.get(key) ?? {
      provinceId,
      provinceName: d.province?.value.name ?? 'Chưa rõ tỉnh',
      half,
      members: [],
    };
    bin.members.push(d);
    bins.set(key, bin);
  }

  const lanes = new Map<string, TimelineLane>();
  let maxCount = 0;
  for (const bin of bins.values()) {
    const lane = lanes.get(bin.provinceId) ?? {
      provinceId: bin.provinceId,
      provinceName: bin.provinceName,
      points: [],
    };
    lane.points.push(binPoint(bin, position));
    maxCount = Math.max(maxCount, bin.members.length);
    lanes.set(bin.provinceId, lane);
  }

  const ticks: Timeline['ticks'] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    ticks.push({ x: (Date.UTC(year, 0, 1) - start) / (end - start), label: String(year), major: true });
    ticks.push({ x: (Date.UTC(year, 6, 1) - start) / (end - start), label: `7/${year}`, major: false });
  }
  const unplaced = directives.filter((d) => sortDate(d) === UNDATED);
  return {
    start: new Date(start).toISOString().slice(0, 10),
    end: new Date(end - DAY_MS).toISOString().slice(0, 10),
    ticks,
    lanes: [...lanes.values()].sort((a, b) => a.provinceName.localeCompare(b.provinceName, 'vi')),
    maxCount,
    unplaced: {
      count: unplaced.length,
      first: unplaced
        .slice(0, UNPLACED_SHOWN)
        .map((d) => ({ id: d.id, title: d.documentName, dateLabel: directiveDateLabel(d) })),
    },
  };
}

/** "2021-H2" for 2021-08-05. */
function halfOf(iso: string): string {
  return `${iso.slice(0, 4)}-H${Number(iso.slice(5, 7)) <= 6 ? 1 : 2}`;
}

function halfRange(half: string): { from: string; to: string; label: string } {
  const year = half.slice(0, 4);
  return half.endsWith('H1')
    ? { from: `${year}-01-01`, to: `${year}-06-30`, label: `6 tháng đầu năm ${year}` }
    : { from: `${year}-07-01`, to: `${year}-12-31`, label: `6 tháng cuối năm ${year}` };
}

function binPoint(
  bin: { provinceId: string; half: string; members: Placeable[] },
  position: (iso: string) => number,
): TimelinePoint {
  const [only] = bin.members;
  if (only && bin.members.length === 1) {
    return {
      href: `/van-ban/${only.id}`,
      title: only.documentName,
      dateLabel: directiveDateLabel(only),
      count: 1,
      x: position(sortDate(only)),
      dated: only.date !== null,
    };
  }
  const range = halfRange(bin.half);
  const state = { ...emptyRequest(), from: range.from, to: range.to };
  if (bin.provinceId) state.provinces = [bin.provinceId];
  const mid = bin.members.map((d) => position(sortDate(d))).reduce((a, b) => a + b, 0) / bin.members.length;
  return {
    href: `/?${encodeState(state)}`,
    title: `${bin.members.length} văn bản`,
    dateLabel: range.label,
    count: bin.members.length,
    x: mid,
    dated: bin.members.some((d) => d.date !== null),
  };
}
