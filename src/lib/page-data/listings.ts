/**
 * What the province and measure pages list, from the directive cards (already in date order), and
 * the links from a listing into search, which shows what a listing leaves out. Search reads its
 * state from the URL (search-state.ts), so "all 2,314 clauses of this measure" is `/?bien-phap=…`.
 */
import { listProvinces, listRegions } from '../provinces/index.ts';
import type { Province, Region } from '../provinces/index.ts';
import type { DirectiveCard } from './directive-card.ts';
import { emptyRequest } from '../search/request.ts';
import { encodeState } from './search-state.ts';

/** Directives a province page shows at a time; the rest are on its next pages. */
export const DIRECTIVES_PER_PAGE = 50;

export function directivesOfProvince(cards: readonly DirectiveCard[], provinceId: string): DirectiveCard[] {
  return cards.filter((d) => d.province?.value.id === provinceId);
}

/** The search of one measure's clauses, optionally in one province or one year. */
export function measureSearchHref(measureId: string, within: { province?: string; year?: string } = {}): string {
  const state = { ...emptyRequest(), measures: [measureId] };
  if (within.province) state.provinces = [within.province];
  if (within.year) state.years = [within.year];
  return `/?${encodeState(state)}`;
}

/** The search of one province's clauses, optionally of one measure. */
export function provinceSearchHref(provinceId: string, measureId?: string): string {
  const state = { ...emptyRequest(), provinces: [provinceId] };
  if (measureId) state.measures = [measureId];
  return `/?${encodeState(state)}`;
}

/** For each measure, how many of `cards` order it (a card lists the measures its clauses order). */
export function measureCounts(cards: readonly DirectiveCard[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of cards) for (const m of d.measures) counts.set(m, (counts.get(m) ?? 0) + 1);
  return counts;
}

export interface ProvinceSummary {
  province: Province;
  directives: number;
}

/** Every province of 2020–2022 grouped by region, with how many directives of each the corpus holds. */
export function provincesByRegion(
  cards: readonly Pick<DirectiveCard, 'province'>[],
): Array<{ region: Region; provinces: ProvinceSummary[] }> {
  const counts = new Map<string, number>();
  for (const d of cards) {
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
