/**
 * The names the search page shows for facet values (ids in the index, names on screen), computed at
 * build time and handed to the island as plain data, so the browser bundle carries no reference
 * tables of its own.
 */
import { DOC_TYPE_LABELS } from '../directive/doc-types.ts';
import { ISSUER_LABELS } from '../directive/issuers.ts';
import { listMeasures } from '../measures/index.ts';
import { listProvinces, listRegions } from '../provinces/index.ts';
import type { FacetKey } from '../search/request.ts';

/** For each facet, value id → label. Years and months are labelled in the browser (they are dates). */
export type SearchLabels = Record<Exclude<FacetKey, 'years' | 'months'>, Record<string, string>>;

export function searchLabels(): SearchLabels {
  return {
    provinces: Object.fromEntries(listProvinces().map((p) => [p.id, p.name])),
    regions: Object.fromEntries(listRegions().map((r) => [r.id, r.vi])),
    measures: Object.fromEntries(listMeasures().map((m) => [m.id, m.vi])),
    types: { ...DOC_TYPE_LABELS },
    issuers: { ...ISSUER_LABELS },
  };
}
