/**
 * The clause index's settings, as data. Each choice was measured on the seeds and on 100,000
 * synthetic clauses: tests/bench/search-*.bench.ts print the figures.
 */
import type { Settings } from 'meilisearch';
import { TIGHTER_WHEN } from '../directive/parameter-strictness.ts';
import type { ParameterKind } from '../directive/schema.ts';
import { parameterField, type ParameterField } from './clause-doc.ts';

/** The clause index's uid: `${prefix}clauses`; the default prefix keeps a shared server tidy. */
export const DEFAULT_INDEX_PREFIX = 'chithi_';
export const clauseIndexUid = (prefix: string = DEFAULT_INDEX_PREFIX): string => `${prefix}clauses`;

/** Facets the search page shows, by the document field that holds them. */
export const FACET_FIELDS = ['province', 'region', 'year', 'month', 'docType', 'issuer', 'measures'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** Every numeric parameter's field (`p_max_gathering`, …): filterable by range, counted for range facets. */
export const PARAMETER_FIELDS: readonly ParameterField[] = (Object.keys(TIGHTER_WHEN) as ParameterKind[]).map(
  parameterField,
);

/** The period's two day numbers (clause-period.ts): `?hieu-luc=` filters on both. */
export const IN_FORCE_FIELDS = ['inForceFrom', 'inForceTo'] as const;

export function clauseIndexSettings(synonyms: Record<string, string[]>) {
  return {
    // Order matters for the attribute rule: the clause's own words first, then its exact-spelling
    // copy, codes, the directive's heading (preamble only) and the province name (every clause, so
    // "cách ly Thanh Hóa" finds Thanh Hóa's clauses that never name the province).
    searchableAttributes: ['text', 'telex', 'codes', 'heading', 'provinceName'],
    // Every field stays displayed: Meilisearch reports match positions only in displayed fields, and
    // the highlighter reads the Telex copy's (highlight.ts). Queries retrieve RETRIEVED_FIELDS only.
    displayedAttributes: ['*'],
    filterableAttributes: [
      ...FACET_FIELDS,
      'since2025',
      'dateNum',
      'directive',
      // Compared with <=, >= only: no per-day data in the index, two numbers a clause.
      ...IN_FORCE_FIELDS,
      ...PARAMETER_FIELDS,
    ],
    sortableAttributes: ['dateNum'],
    // `sort` first: a reader who asks for newest first means it; without a sort it does nothing.
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    // Off: a last word "ddang" (đang, Telex) would match "ddangr" (Đảng) as a prefix and undo the
    // exact-spelling rule (query-plan.ts); "dân" would match "đảng" and highlight "đản". Readers
    // type whole syllables; a half-typed one waits for the next keystroke (the page debounces).
    prefixSearch: 'disabled',
    typoTolerance: {
      // Vietnamese syllables are short and dense: with the default (5 letters) "chống" matched
      // "công" and "chung", "trường" matched "trong". Eight letters leaves typos to long loanwords.
      minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 },
      // A code or a number is never "corrected": 16/CT-TTg is not 15/CT-TTg, 2021 is not 2020.
      disableOnNumbers: true,
      disableOnAttributes: ['codes', 'telex'],
    },
    // Stop words are case-sensitive in Meilisearch ("Các" at a sentence start survives) and
    // Vietnamese function words carry meaning in phrases ("không tập trung"): none.
    stopWords: [],
    synonyms,
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 1000 },
    // The site's facet lists come from facetDistribution; facet search is not used.
    facetSearch: false,
  } satisfies Settings;
}
