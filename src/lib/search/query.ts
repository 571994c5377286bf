/**
 * The one place a search is built, for the site's search island and for `chithi search`: query
 * words (query-plan.ts), facets and filters (filters.ts), date sort, the exact switch, pages (the
 * request and its defaults: request.ts), and the marked snippet of each hit (highlight.ts, snippet.ts).
 *
 * One HTTP request per search: a multi-search holding the search itself and, for each facet the
 * reader has picked values in, a zero-hit query without that facet's filter, so its other values
 * keep their counts and can be added (OR) instead of vanishing. Not federated: federation merges
 * ranked lists, and these queries are only read side by side.
 *
 * BROWSER-SAFE: imports only `meilisearch` and browser-safe modules (no node:*).
 */
import { Meilisearch, type MultiSearchQuery, type SearchResponse } from 'meilisearch';
import type { DocType } from '../directive/schema.ts';
import { RETRIEVED_FIELDS, type RetrievedDoc } from './clause-doc.ts';
import { combine, filterClauses } from './filters.ts';
import { MATCH_END, MATCH_START, matchedSpans, type Formatted } from './highlight.ts';
import { isEmptyPlan, meiliQuery, planQuery } from './query-plan.ts';
import { boundCounts, RANGE_FACETS, type RangeKey } from './range-facets.ts';
import { completeRequest, type SearchParams } from './request.ts';
import type { Segment } from './segments.ts';
import { snippetSegments } from './snippet.ts';
import { FACET_FIELDS, type FacetField } from './settings.ts';

export type { Segment } from './segments.ts';
export type { FacetField } from './settings.ts';
export type { SearchParams, SearchSort } from './request.ts';

export interface SearchHit {
  /** Directive slug. */
  directive: string;
  /** Province slug ("" when the directive's province is unknown). */
  province: string;
  provinceName: string;
  /** Ngày ban hành, ISO. */
  date: string | null;
  /** Loại văn bản id. */
  docType: DocType | null;
  /** Số hiệu as printed. */
  number: string | null;
  /** Issuer kind id. */
  issuer: string | null;
  /** The clause's anchor on the directive page ("3.b"; "mo-dau" for the preamble, "phan-ket" for the closing). */
  clauseId: string;
  /** The clause's stored label ("Điểm b, Mục 3", "Phần mở đầu"): what the hit is called. */
  label: string;
  /** The directive's stored name ("Chỉ thị số 07-CT/TU"): the heading its hits are shown under. */
  documentName: string;
  /** The clause's full text. */
  text: string;
  /** A cropped snippet around the matches, as pieces to render without {@html}. */
  segments: Segment[];
  measures: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matching clauses (exact up to the index's maxTotalHits, 1,000). */
  total: number;
  page: number;
  pages: number;
  /** Field → value id → clause count; a facet with picked values counts as if it had none picked. */
  facets: Record<FacetField, Record<string, number>>;
  /**
   * Range facet → bound → clauses within it (range-facets.ts); a range with a bound picked counts
   * as if it had none, so the reader can widen or narrow it.
   */
  ranges: Record<RangeKey, Record<number, number>>;
  processingTimeMs: number;
}

/** What reaches the index: the public config (.chithi/search-config.json) or a host and key. */
export type SearchTarget =
  | { host: string; searchKey: string; indexes: { clauses: string } }
  | { host: string; apiKey: string; indexes: { clauses: string } };

/** `params` with the rest of the request at its defaults (request.ts). */
export async function searchClauses(target: SearchTarget, params: SearchParams): Promise<SearchResult> {
  const request = completeRequest(params);
  const { exact, page, limit } = request;
  const plan = planQuery(request.q);
  const { q, attributesToSearchOn } = isEmptyPlan(plan)
    ? { q: '', attributesToSearchOn: undefined }
    : meiliQuery(plan, exact);
  const clauses = filterClauses(request);
  const indexUid = target.indexes.clauses;
  const base = {
    indexUid,
    q,
    ...(attributesToSearchOn ? { attributesToSearchOn } : {}),
    // Needed by the exact-spelling rule (query-plan.ts): words are dropped from the end.
    matchingStrategy: 'last' as const,
  };
  const sort =
    request.sort === 'date-desc' ? ['dateNum:desc'] : request.sort === 'date-asc' ? ['dateNum:asc'] : undefined;
  const filter = combine(clauses);
  const main: MultiSearchQuery = {
    ...base,
    ...(filter ? { filter } : {}),
    ...(sort ? { sort } : {}),
    facets: [...FACET_FIELDS, ...RANGE_FACETS.map((r) => r.field)],
    page,
    hitsPerPage: limit,
    attributesToRetrieve: [...RETRIEVED_FIELDS],
    // Matches come back tagged in `_formatted` (highlight.ts); under the exact switch they are in
    // the Telex copy, the only attribute searched. No crop: the snippet is cut client-side.
    attributesToHighlight: [exact ? 'telex' : 'text'],
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
  };
  const picked = [...FACET_FIELDS, ...RANGE_FACETS.map((r) => r.field)].filter((field) => clauses.has(field));
  const facetQueries: MultiSearchQuery[] = picked.map((field) => {
    const others = combine(clauses, field);
    return { ...base, ...(others ? { filter: others } : {}), facets: [field], limit: 0 };
  });

  const { results } = await clientFor(target).multiSearch<{ queries: MultiSearchQuery[] }, RetrievedDoc>({
    queries: [main, ...facetQueries],
  });
  const [first, ...others] = results as Array<SearchResponse<RetrievedDoc>>;
  if (!first) throw new Error('Meilisearch returned no result for the search');
  const distribution: Record<string, Record<string, number>> = { ...first.facetDistribution };
  picked.forEach((field, i) => (distribution[field] = others[i]?.facetDistribution?.[field] ?? {}));
  const facets = facetCounts(distribution);
  const ranges = Object.fromEntries(
    RANGE_FACETS.map((r) => [r.key, boundCounts(r, distribution[r.field])]),
  ) as SearchResult['ranges'];
  return {
    hits: first.hits.map((hit) => toHit(hit, plan, exact)),
    total: first.totalHits ?? first.estimatedTotalHits ?? first.hits.length,
    page: first.page ?? page,
    pages: first.totalPages ?? 1,
    facets,
    ranges,
    processingTimeMs: first.processingTimeMs,
  };
}

/** Hits grouped by directive, directives in the order of their best hit, clauses best first. */
export function groupByDirective(hits: readonly SearchHit[]): Array<{ directive: string; hits: SearchHit[] }> {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) groups.set(hit.directive, [...(groups.get(hit.directive) ?? []), hit]);
  return [...groups].map(([directive, grouped]) => ({ directive, hits: grouped }));
}

function toHit(
  hit: RetrievedDoc & { _formatted?: Formatted },
  plan: ReturnType<typeof planQuery>,
  exact: boolean,
): SearchHit {
  const spans = matchedSpans(hit.text, hit['_formatted'] ?? {}, plan, exact);
  return {
    directive: hit.directive,
    province: hit.province ?? '',
    provinceName: hit.provinceName ?? '',
    date: hit.date,
    docType: hit.docType,
    number: hit.number,
    issuer: hit.issuer,
    clauseId: hit.clauseId,
    label: hit.label,
    documentName: hit.documentName,
    text: hit.text,
    segments: snippetSegments(hit.text, spans),
    measures: hit.measures,
  };
}

function facetCounts(distribution: Record<string, Record<string, number>> | undefined) {
  const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, {}])) as Record<FacetField, Record<string, number>>;
  for (const field of FACET_FIELDS) facets[field] = distribution?.[field] ?? {};
  return facets;
}

const clients = new Map<string, Meilisearch>();

function clientFor(target: SearchTarget): Meilisearch {
  const apiKey = 'searchKey' in target ? target.searchKey : target.apiKey;
  const id = `${target.host}\n${apiKey}`;
  let client = clients.get(id);
  if (!client) clients.set(id, (client = new Meilisearch({ host: target.host, apiKey })));
  return client;
}
