/**
 * The in-force layer: a derived, versioned layer written beside the site's data (the listings step,
 * page-data/site-data.ts), from the whole corpus at once because it is cross-document — a period
 * ends when a later text replaces or lifts it. Two passes over the directives, holding between them
 * only the resolver's index and the relations (pass 1), then the panel's clause periods (pass 2),
 * never a directive's text. Layout, under `<site data>/in-force/`:
 *   manifest.json      InForceManifest: version, window, counts, each province's day pages
 *   tinh/<id>.json     ProvinceInForce: the province's change rows, the clauses they name, day pages
 *   heat.json          HeatMap: week codes per measure and province (heat-map.ts)
 *   relations.json     per directive: resolved relations both ways and the changes to its period
 * and `<site data>/downloads/in-force.csv.gz` (in-force-csv.ts), served by /du-lieu.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Directive, DirectiveId } from '../directive/schema.ts';
import { listMeasures } from '../measures/index.ts';
import { clausePeriods, type ClausePeriod } from './clause-periods.ts';
import { PANEL_FIRST_DAY, PANEL_LAST_DAY, weekIndex } from './days.ts';
import type { Day, EffectivePeriod, PeriodChange } from './effective-period.ts';
import { weekCodes } from './heat-map.ts';
import { IN_FORCE_CSV, inForceCsvChunk, inForceCsvRow } from './in-force-csv.ts';
import { provincePanel, type ChangeRow } from './panel.ts';
import { actingRelations, resolveRelations, type ActingRelation, type ResolvedRelation } from './relations.ts';
import { DocumentResolver } from './resolve-document.ts';

/** Raised when the layout or meaning of a file of the layer changes: a reader refuses another version. */
export const IN_FORCE_LAYER_VERSION = 1;
export const IN_FORCE_DIR = 'in-force';

export interface InForceManifest {
  version: number;
  window: { from: Day; to: Day };
  directives: number;
  relations: { total: number; resolved: number; ambiguous: number; absent: number };
  rows: number;
  provinces: Array<{ id: string; name: string; dayPages: Day[] }>;
}

/** What a page needs to name a clause of a row. */
export interface ClauseFacts {
  directive: DirectiveId;
  clause: string;
  label: string;
  documentName: string;
  period: EffectivePeriod;
}

export interface ProvinceInForce {
  province: { id: string; name: string };
  /** Measure by measure (taxonomy order), each in date order. */
  rows: ChangeRow[];
  clauses: Record<string, ClauseFacts>;
  /** The days that get a page: the last change of each week with one. */
  dayPages: Day[];
  /** Directives of the province with measures whose period has no known start (no date, none stated). */
  unknownPeriods: Array<{ directive: DirectiveId; documentName: string }>;
}

export interface HeatMap {
  /** measure id → province id → week codes (heat-map.ts). */
  measures: Record<string, Record<string, string>>;
}

export interface DirectiveRelations {
  /** What it does to documents it names (resolved or not). */
  acts: ResolvedRelation[];
  /** What later texts of the corpus do to it. */
  actedOnBy: ResolvedRelation[];
  /** The changes to its own period those make (effective-period.ts). */
  changes: PeriodChange[];
}

/**
 * Writes the layer for the directives `source` yields (called twice: it is read twice, not held).
 * `dir` is the site data folder.
 */
export async function writeInForce(source: () => Iterable<Directive>, dir: string): Promise<InForceManifest> {
  // Pass 1: the resolver's index and the relations.
  const resolver = new DocumentResolver([]);
  const acting: ActingRelation[] = [];
  let directives = 0;
  for (const d of source()) {
    directives++;
    resolver.add(d);
    acting.push(...actingRelations(d));
  }
  const { relations, changes } = resolveRelations(acting, resolver);

  // Pass 2: the clause periods, by province.
  const byProvince = new Map<
    string,
    { name: string; periods: ClausePeriod[]; unknown: ProvinceInForce['unknownPeriods'] }
  >();
  for (const d of source()) {
    const periods = clausePeriods(d, changes.get(d.id) ?? []);
    if (periods.length === 0 || !d.province) continue;
    const { id, name } = d.province.value;
    const group = byProvince.get(id) ?? { name, periods: [], unknown: [] };
    group.periods.push(...periods);
    if (periods.some((p) => p.period.status === 'unknown'))
      group.unknown.push({ directive: d.id, documentName: d.documentName });
    byProvince.set(id, group);
  }

  const out = join(dir, IN_FORCE_DIR);
  await mkdir(join(out, 'tinh'), { recursive: true });
  await mkdir(join(dir, 'downloads'), { recursive: true });
  const measures = listMeasures().map((m) => m.id);
  const heat: HeatMap = { measures: Object.fromEntries(measures.map((m) => [m, {}])) };
  const provinces: InForceManifest['provinces'] = [];
  const csv = createGzip();
  const written = pipeline(csv, createWriteStream(join(dir, 'downloads', IN_FORCE_CSV)));
  let rowCount = 0;
  const ordered = [...byProvince].sort(([, a], [, b]) => a.name.localeCompare(b.name, 'vi'));
  for (const [id, group] of ordered) {
    const rows = [...provincePanel(id, group.periods, measures)];
    rowCount += rows.length;
    const chunk = inForceCsvChunk(
      rows.map((row) => inForceCsvRow(row, group.name)),
      provinces.length === 0,
    );
    if (!csv.write(chunk)) await new Promise((resolve) => csv.once('drain', resolve));
    const clauses: Record<string, ClauseFacts> = {};
    const named = new Set(rows.flatMap((r) => r.clauses));
    for (const p of group.periods) {
      if (named.has(p.ref)) {
        clauses[p.ref] = {
          directive: p.directive,
          clause: p.clause,
          label: p.label,
          documentName: p.documentName,
          period: p.period,
        };
      }
    }
    for (const m of measures) {
      const series = rows.filter((r) => r.measure === m);
      if (series.length > 0) heat.measures[m]![id] = weekCodes(series);
    }
    const dayPages = lastChangeOfEachWeek(rows);
    const file: ProvinceInForce = {
      province: { id, name: group.name },
      rows,
      clauses,
      dayPages,
      unknownPeriods: group.unknown,
    };
    await writeFile(join(out, 'tinh', `${id}.json`), JSON.stringify(file));
    provinces.push({ id, name: group.name, dayPages });
  }
  if (provinces.length === 0) csv.write(inForceCsvChunk([], true));
  csv.end();
  await written;

  await writeFile(join(out, 'heat.json'), JSON.stringify(heat));
  await writeFile(join(out, 'relations.json'), JSON.stringify(relationsByDirective(relations, changes)));
  const count = (status: ResolvedRelation['status']) => relations.filter((r) => r.status === status).length;
  const manifest: InForceManifest = {
    version: IN_FORCE_LAYER_VERSION,
    window: { from: PANEL_FIRST_DAY, to: PANEL_LAST_DAY },
    directives,
    relations: {
      total: relations.length,
      resolved: count('resolved'),
      ambiguous: count('ambiguous'),
      absent: count('absent'),
    },
    rows: rowCount,
    provinces,
  };
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest));
  return manifest;
}

/**
 * The days that get a page: of each week with a change, its last change day (the state that held
 * at the week's end). A province gets at most one page a week however many texts it issued.
 */
export function lastChangeOfEachWeek(rows: readonly ChangeRow[]): Day[] {
  const byWeek = new Map<number, Day>();
  for (const row of rows) {
    const w = weekIndex(row.date);
    const seen = byWeek.get(w);
    if (!seen || row.date > seen) byWeek.set(w, row.date);
  }
  return [...byWeek.values()].sort();
}

function relationsByDirective(
  relations: readonly ResolvedRelation[],
  changes: ReadonlyMap<DirectiveId, PeriodChange[]>,
): Record<string, DirectiveRelations> {
  const out: Record<string, DirectiveRelations> = {};
  const entry = (id: string) => (out[id] ??= { acts: [], actedOnBy: [], changes: [] });
  for (const r of relations) {
    entry(r.by).acts.push(r);
    if (r.targetId) entry(r.targetId).actedOnBy.push(r);
  }
  for (const [id, list] of changes) entry(id).changes = list;
  return out;
}
