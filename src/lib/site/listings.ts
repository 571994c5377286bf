/**
 * What the province and measure pages list: directives and clauses, in date order (the corpus is
 * already sorted by siteDirectives()).
 */
import type { Clause, Directive } from '../directive/schema.ts';
import { listProvinces, listRegions } from '../provinces/index.ts';
import type { Province, Region } from '../provinces/index.ts';
import { clauseLabel } from './clause-label.ts';

export interface ClauseEntry {
  clause: Clause;
  /** "Điểm b Mục 3". */
  label: string;
}

export interface DirectiveClauses {
  directive: Directive;
  clauses: ClauseEntry[];
}

export function directivesOfProvince(directives: readonly Directive[], provinceId: string): Directive[] {
  return directives.filter((d) => d.province?.value.id === provinceId);
}

/** Each directive with at least one clause ordering `measureId`, and those clauses. */
export function clausesOfMeasure(directives: readonly Directive[], measureId: string): DirectiveClauses[] {
  return directives
    .map((directive) => ({
      directive,
      clauses: directive.clauses
        .filter((c) => c.measures.includes(measureId))
        .map((clause) => ({ clause, label: clauseLabel(clause, directive.clauses) })),
    }))
    .filter((entry) => entry.clauses.length > 0);
}

export interface ProvinceSummary {
  province: Province;
  directives: number;
}

/** Every province of 2020–2022 grouped by region, with how many directives of each the corpus holds. */
export function provincesByRegion(
  directives: readonly Directive[],
): Array<{ region: Region; provinces: ProvinceSummary[] }> {
  const counts = new Map<string, number>();
  for (const d of directives) {
    const id = d.province?.value.id;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const provinces = listProvinces();
  return listRegions().map((region) => ({
    region,
    provinces: provinces
      .filter((p) => p.region.id === region.id)
      .map((province) => ({ province, directives: counts.get(province.id) ?? 0 })),
  }));
}
