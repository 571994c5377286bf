/**
 * One search as a reader asks it — words, the facet values picked, dates, the exact switch, the
 * order, the page — and its defaults, once for every caller: the site's URL state
 * (page-data/search-state.ts) is this request, `chithi search` builds one from its flags, and
 * `searchClauses` (query.ts) sends it.
 *
 * Browser-safe.
 */

/** Result orders: Meilisearch's ranking, or the issue date (an undated directive has none, and comes last). */
export const SEARCH_SORTS = ['relevance', 'date-desc', 'date-asc'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/**
 * The facets a reader can pick values of, each a list of facet ids (slugs: "thanh-hoa", "chi-thi";
 * years as "2021", months as "2021-07"); filters.ts says which index field each one filters.
 */
export const FACET_KEYS = ['provinces', 'regions', 'years', 'months', 'types', 'issuers', 'measures'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface SearchRequest extends Record<FacetKey, readonly string[]> {
  /** What the reader typed: words, "quoted phrases", codes ("16/CT-TTg", "CT 07"). */
  q: string;
  /** ISO dates bounding the issue date, inclusive; "" for no bound. */
  from: string;
  to: string;
  /** Hiệu lực: an ISO day; only the clauses in force that day (clause-period.ts); "" for any day. */
  inForce: string;
  /** Range facets (range-facets.ts): "tụ tập ≤ N người", "cách ly ≥ N ngày"; null for no bound. */
  maxGathering: number | null;
  minQuarantine: number | null;
  /** Keep only exact spellings: "cách" finds "cách", not "cach" or "cạch". */
  exact: boolean;
  sort: SearchSort;
  /** 1-based, at most MAX_PAGE. */
  page: number;
  /** Hits per page, 1–MAX_LIMIT. */
  limit: number;
}

/** What a caller may leave out: everything but the words. */
export type SearchParams = Partial<SearchRequest> & Pick<SearchRequest, 'q'>;

/** Ten hits a page: the site's page, and `chithi search` without `--limit`. */
export const SEARCH_DEFAULTS: Readonly<SearchRequest> = Object.freeze({
  q: '',
  provinces: [],
  regions: [],
  years: [],
  months: [],
  types: [],
  issuers: [],
  measures: [],
  from: '',
  to: '',
  inForce: '',
  maxGathering: null,
  minQuarantine: null,
  exact: false,
  sort: 'relevance',
  page: 1,
  limit: 10,
});
export const MAX_LIMIT = 100;
/** Past any result: Meilisearch returns 1,000 hits at most (settings.ts maxTotalHits), one a page. */
export const MAX_PAGE = 1000;

/** The empty search: every default, with lists of its own to fill. */
export function emptyRequest(): SearchRequest {
  const request: SearchRequest = { ...SEARCH_DEFAULTS };
  for (const key of FACET_KEYS) request[key] = [];
  return request;
}

/** `params` with the defaults filled in, the page and page size brought within bounds. */
export function completeRequest(params: SearchParams): SearchRequest {
  const request = emptyRequest();
  for (const [key, value] of Object.entries(params) as Array<[keyof SearchRequest, unknown]>) {
    // An explicit `undefined` (an optional flag not given) keeps the default.
    if (value !== undefined) Object.assign(request, { [key]: value });
  }
  request.page = clamp(request.page, 1, MAX_PAGE);
  request.limit = clamp(request.limit, 1, MAX_LIMIT);
  return request;
}

function clamp(n: number, min: number, max: number): number {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : min;
}
