/**
 * What the in-force pages read from the layer (lib/in-force/layer.ts) prepared with the site's
 * data: a province's day pages (/tinh/<p>/ngay/<d>), its timeline, the heat map
 * (/tong-quan/hieu-luc/<measure>) and the relations on a directive's page. Each reads one small
 * file; a province's file is kept while its pages are built (they are built one province after
 * another) and let go for the next.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatVietnameseDate } from '../directive/dates.ts';
import type { RelationType } from '../directive/schema.ts';
import type { Day, EffectivePeriod } from '../in-force/effective-period.ts';
import {
  IN_FORCE_DIR,
  IN_FORCE_LAYER_VERSION,
  type ClauseFacts,
  type DirectiveRelations,
  type HeatMap,
  type InForceManifest,
  type ProvinceInForce,
} from '../in-force/layer.ts';
import type { CellState, ChangeRow } from '../in-force/panel.ts';
import { listMeasures } from '../measures/index.ts';
import { siteData } from './corpus.ts';

export class InForceData {
  #manifest: InForceManifest | undefined;
  #province: ProvinceInForce | undefined;
  #heat: HeatMap | undefined;
  #relations: Record<string, DirectiveRelations> | undefined;

  constructor(readonly dir: string) {}

  #read<T>(path: string): T {
    return JSON.parse(readFileSync(join(this.dir, IN_FORCE_DIR, path), 'utf8')) as T;
  }

  manifest(): InForceManifest {
    if (!this.#manifest) {
      const manifest = this.#read<InForceManifest>('manifest.json');
      if (manifest.version !== IN_FORCE_LAYER_VERSION) {
        throw new Error(
          `${join(this.dir, IN_FORCE_DIR)}: in-force layer version ${manifest.version}, this chithi reads ${IN_FORCE_LAYER_VERSION}: build the site again`,
        );
      }
      this.#manifest = manifest;
    }
    return this.#manifest;
  }

  /** A province's panel, or null when none of its texts orders a measure with a known start. */
  province(id: string): ProvinceInForce | null {
    if (this.#province?.province.id === id) return this.#province;
    if (!this.manifest().provinces.some((p) => p.id === id)) return null;
    this.#province = this.#read<ProvinceInForce>(`tinh/${id}.json`);
    return this.#province;
  }

  heat(): HeatMap {
    this.#heat ??= this.#read<HeatMap>('heat.json');
    return this.#heat;
  }

  relations(id: string): DirectiveRelations | null {
    this.#relations ??= this.#read<Record<string, DirectiveRelations>>('relations.json');
    return this.#relations[id] ?? null;
  }
}

let opened: Promise<InForceData> | undefined;

export function inForceData(): Promise<InForceData> {
  opened ??= siteData().then((data) => new InForceData(data.dir));
  return opened;
}

export const dayHref = (province: string, day: Day): string => `/tinh/${province}/ngay/${day}`;
export const heatMapHref = (measure: string): string => `/tong-quan/hieu-luc/${measure}`;

export const STATE_LABELS: Record<CellState, string> = {
  'in-force': 'đang có hiệu lực',
  'not-in-force': 'hết hiệu lực',
  unknown: 'chưa rõ',
};

/** A clause a cell rests on, as the day page links it. */
export interface ClauseLink {
  href: string;
  label: string;
  documentName: string;
  period: string;
  open: boolean;
}

export interface MeasureOnDay {
  id: string;
  name: string;
  state: CellState;
  since: Day | null;
  clauses: ClauseLink[];
  /** How many more clauses the cell rests on than it lists. */
  moreClauses: number;
  documents: number;
  scope: string[] | null;
  parameters: string[];
  templates: string[];
  /** not-in-force: what ended it: the end its text stated, or the later text (linked) that replaced or lifted it. */
  endedBy: Array<{ text: string; href: string | null }>;
}

export interface DayView {
  province: { id: string; name: string };
  day: Day;
  measures: MeasureOnDay[];
  /** Documents behind the cells in force that day. */
  documents: number;
  openPeriods: number;
  unknownPeriods: ProvinceInForce['unknownPeriods'];
  previous: Day | null;
  next: Day | null;
}

/** "từ 02/8/2021 đến hết 15/8/2021", "từ 19/7/2021 (ngày ban hành), chưa có ngày kết thúc". */
export function periodLabel(period: EffectivePeriod): string {
  if (period.from === null) return 'chưa rõ thời gian hiệu lực';
  const from = `từ ${formatVietnameseDate(period.from)}${period.fromBasis === 'date-of-issue' ? ' (ngày ban hành)' : ''}`;
  if (period.to === null) {
    return `${from}, ${period.untilFurtherNotice ? 'cho đến khi có thông báo mới' : 'chưa có ngày kết thúc'}`;
  }
  const by = period.changedBy ? ` (${CHANGE_LABELS[period.changedBy.type]} ${period.changedBy.byName})` : '';
  return `${from} đến hết ${formatVietnameseDate(period.to)}${by}`;
}

const CHANGE_LABELS = { replaces: 'bị thay thế bởi', lifts: 'bãi bỏ bởi', extends: 'gia hạn bởi' } as const;

const PARAMETER_LABELS: Record<string, (v: number) => string> = {
  max_gathering: (v) => `tụ tập không quá ${v} người`,
  min_distance: (v) => `giữ khoảng cách tối thiểu ${v} m`,
  capacity_pct: (v) => `không quá ${v}% công suất`,
  quarantine_days: (v) => `cách ly ${v} ngày`,
  test_interval_days: (v) => `xét nghiệm ${v} ngày một lần`,
  curfew_from: (v) => `hạn chế ra đường từ ${hour(v)}`,
  curfew_to: (v) => `đến ${hour(v)}`,
  max_passengers_pct: (v) => `chở không quá ${v}% số khách`,
};
const hour = (v: number) => `${Math.floor(v)} giờ${v % 1 ? ` ${Math.round((v % 1) * 60)}` : ''}`;

/** The state of every measure of the province on `day`: the last row of each series on or before it. */
export function dayView(p: ProvinceInForce, day: Day): DayView {
  const measures = listMeasures().map((m): MeasureOnDay => {
    const row = lastRowOn(p.rows, m.id, day);
    return measureOnDay(m.id, m.vi, row, p.clauses);
  });
  const inForce = measures.filter((m) => m.state === 'in-force');
  const pages = p.dayPages;
  const at = pages.indexOf(day);
  return {
    province: p.province,
    day,
    measures,
    documents: new Set(inForce.flatMap((m) => m.clauses.map((c) => c.href.split('#')[0]))).size,
    openPeriods: new Set(inForce.flatMap((m) => m.clauses.filter((c) => c.open).map((c) => c.href))).size,
    unknownPeriods: p.unknownPeriods,
    previous: at > 0 ? pages[at - 1]! : null,
    next: at >= 0 && at < pages.length - 1 ? pages[at + 1]! : null,
  };
}

function lastRowOn(rows: readonly ChangeRow[], measure: string, day: Day): ChangeRow | null {
  let found: ChangeRow | null = null;
  for (const r of rows) if (r.measure === measure && r.date <= day) found = r;
  return found;
}

function measureOnDay(
  id: string,
  name: string,
  row: ChangeRow | null,
  clauses: Record<string, ClauseFacts>,
): MeasureOnDay {
  const open = new Set(row?.open ?? []);
  const links = (row?.clauses ?? []).flatMap((ref): ClauseLink[] => {
    const facts = clauses[ref];
    if (!facts) return [];
    return [
      {
        href: `/van-ban/${facts.directive}#${facts.clause}`,
        label: facts.label,
        documentName: facts.documentName,
        period: periodLabel(facts.period),
        open: open.has(ref),
      },
    ];
  });
  return {
    id,
    name,
    state: row?.state ?? 'unknown',
    since: row?.date ?? null,
    clauses: links,
    moreClauses: row ? row.clauseCount - links.length : 0,
    documents: row?.documents ?? 0,
    scope: row?.scope ?? null,
    parameters: (row?.parameters ?? []).map((v) => PARAMETER_LABELS[v.kind]?.(v.value) ?? `${v.kind} ${v.value}`),
    templates: row?.templates ?? [],
    endedBy: uniqueBy(
      row?.state === 'not-in-force' ? row.clauses.map((ref) => endedByLink(clauses[ref]?.period ?? null)) : [],
    ),
  };
}

function endedByLink(period: EffectivePeriod | null): { text: string; href: string | null } {
  const by = period?.changedBy;
  if (!by) return { text: 'hết thời hạn văn bản nêu', href: null };
  return {
    text: `${CHANGE_LABELS[by.type]} ${by.byName}`,
    href: `/van-ban/${by.by}${by.byClause ? `#${by.byClause}` : ''}`,
  };
}

function uniqueBy<T extends { text: string }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.text, i])).values()];
}

/** The relation in Vietnamese, from the acting text's side and from the target's. */
export const RELATION_ACTS: Record<RelationType, string> = {
  replaces: 'thay thế',
  amends: 'sửa đổi, bổ sung',
  extends: 'gia hạn',
  lifts: 'bãi bỏ',
  implements: 'triển khai thực hiện',
};
export const RELATION_ACTED_ON: Record<RelationType, string> = {
  replaces: 'được thay thế bởi',
  amends: 'được sửa đổi, bổ sung bởi',
  extends: 'được gia hạn bởi',
  lifts: 'được bãi bỏ bởi',
  implements: 'được triển khai bởi',
};
