/**
 * The search page's whole state, and its form in the URL, so that a link reproduces a search:
 * `/?q=cách+ly&tinh=thanh-hoa&tinh=nghe-an&nam=2021&sap-xep=date-desc&trang=2`; the clauses in force
 * on a day, `hieu-luc=2021-08-15`; range facets, `tu-tap=10` (at most 10 people), `cach-ly=14`
 * (at least 14 days).
 *
 * Parameter names are short Vietnamese words without diacritics (the site's language, readable in
 * a shared link); a facet with several values repeats its parameter. Defaults are left out, so the
 * empty search is plain `/`. Browser-safe: no Node imports.
 */
import { toIsoDate } from '../directive/dates.ts';
import { RANGE_FACETS } from '../search/range-facets.ts';
import {
  emptyRequest,
  FACET_KEYS,
  MAX_PAGE,
  SEARCH_DEFAULTS,
  SEARCH_SORTS,
  type FacetKey,
  type SearchRequest,
} from '../search/request.ts';

/** The page's state is a search request (search/request.ts); this module is its form in a URL. */

/** The URL's name for each part of the request; the page size is the site's, never in a link. */
const PARAM: Record<Exclude<keyof SearchRequest, 'limit'>, string> = {
  q: 'q',
  provinces: 'tinh',
  regions: 'vung',
  years: 'nam',
  months: 'thang',
  types: 'loai',
  issuers: 'co-quan',
  measures: 'bien-phap',
  from: 'tu',
  to: 'den',
  inForce: 'hieu-luc',
  maxGathering: 'tu-tap',
  minQuarantine: 'cach-ly',
  exact: 'dau',
  sort: 'sap-xep',
  page: 'trang',
};

/**
 * Reads a query string; anything malformed falls back to the default rather than failing. A date
 * that is no day ("tu=2021-02-30", "den=2021-13-45") is dropped, and said so in `notes`, naming
 * the value: silently searching without it would answer a question the reader did not ask.
 */
export function decodeStateWithNotes(search: string | URLSearchParams): { state: SearchRequest; notes: string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyRequest();
  const notes: string[] = [];
  state.q = (params.get(PARAM.q) ?? '').slice(0, 200);
  for (const key of FACET_KEYS) {
    state[key] = [...new Set(params.getAll(PARAM[key]).filter((v) => v.length > 0 && v.length <= 80))];
  }
  const from = params.get(PARAM.from) ?? '';
  const to = params.get(PARAM.to) ?? '';
  for (const [key, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value === '' || isIsoDay(value)) state[key] = value;
    else notes.push(`Bỏ qua ngày không hợp lệ “${value.slice(0, 40)}” (${PARAM[key]}=…): ngày viết dạng NNNN-TT-NN.`);
  }
  const inForce = params.get(PARAM.inForce) ?? '';
  if (inForce === '' || isIsoDay(inForce)) state.inForce = inForce;
  else {
    notes.push(
      `Bỏ qua ngày hiệu lực không hợp lệ “${inForce.slice(0, 40)}” (${PARAM.inForce}=…): ngày viết dạng NNNN-TT-NN.`,
    );
  }
  // A bound the page does not offer ("tu-tap=abc", "tu-tap=7") is dropped and named, like a bad date.
  for (const facet of RANGE_FACETS) {
    const raw = params.get(PARAM[facet.key]);
    if (raw === null || raw === '') continue;
    const bound = Number(raw);
    if (facet.bounds.includes(bound)) state[facet.key] = bound;
    else {
      notes.push(
        `Bỏ qua giá trị không hợp lệ “${raw.slice(0, 40)}” (${PARAM[facet.key]}=…): chọn một trong ${facet.bounds.join(', ')}.`,
      );
    }
  }
  state.exact = params.get(PARAM.exact) === '1';
  const sort = params.get(PARAM.sort);
  state.sort = SEARCH_SORTS.find((s) => s === sort) ?? SEARCH_DEFAULTS.sort;
  const page = Number.parseInt(params.get(PARAM.page) ?? '1', 10);
  state.page = Number.isFinite(page) && page >= 1 && page <= MAX_PAGE ? page : SEARCH_DEFAULTS.page;
  return { state, notes };
}

export function decodeState(search: string | URLSearchParams): SearchRequest {
  return decodeStateWithNotes(search).state;
}

/** `YYYY-MM-DD` and a real day: the schema's IsoDate test, without zod in the page's bundle. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  return toIsoDate(day, month, year) === value;
}

/** The query string for a state, without the leading "?"; "" for the empty search. */
export function encodeState(state: SearchRequest): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set(PARAM.q, state.q.trim());
  for (const key of FACET_KEYS) for (const value of state[key]) params.append(PARAM[key], value);
  if (state.from) params.set(PARAM.from, state.from);
  if (state.to) params.set(PARAM.to, state.to);
  if (state.inForce) params.set(PARAM.inForce, state.inForce);
  for (const facet of RANGE_FACETS) {
    const bound = state[facet.key];
    if (bound !== null) params.set(PARAM[facet.key], String(bound));
  }
  if (state.exact) params.set(PARAM.exact, '1');
  if (state.sort !== SEARCH_DEFAULTS.sort) params.set(PARAM.sort, state.sort);
  if (state.page !== SEARCH_DEFAULTS.page) params.set(PARAM.page, String(state.page));
  return params.toString();
}

/** Whether any filter narrows the search (facets, dates, ranges), i.e. whether "drop a filter" can help. */
export function hasFilters(state: SearchRequest): boolean {
  return (
    FACET_KEYS.some((key) => state[key].length > 0) ||
    state.from !== '' ||
    state.to !== '' ||
    state.inForce !== '' ||
    RANGE_FACETS.some((facet) => state[facet.key] !== null)
  );
}

/** The state with one value toggled in one facet; back to page 1, since the results change. */
export function toggleFacet(state: SearchRequest, key: FacetKey, value: string): SearchRequest {
  const values = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
  return { ...state, [key]: values, page: 1 };
}
