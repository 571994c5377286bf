/**
 * Candidate clauses for the comparison (lib/compare/site/views.ts): several short queries in one
 * multi-search, each hit reduced to what the comparison scores (no highlight, no facets). The
 * preamble and closing are not clauses and never candidates.
 *
 * BROWSER-SAFE: imports only `meilisearch` and types.
 */
import { Meilisearch, type MultiSearchQuery, type SearchResponse } from 'meilisearch';
import { CLOSING_ID, PREAMBLE_ID, type ClauseDoc } from './clause-doc.ts';
import type { SearchTarget } from './query.ts';

export type CandidateDoc = Pick<ClauseDoc, 'directive' | 'clauseId' | 'text' | 'measures'>;

const CANDIDATE_FIELDS = ['directive', 'clauseId', 'text', 'measures'] satisfies Array<keyof ClauseDoc>;

/** Clauses matching any of `queries`, best first within each query, each once; at most `limit` in all. */
export async function candidateClauses(
  target: SearchTarget,
  queries: readonly string[],
  limit: number,
): Promise<CandidateDoc[]> {
  if (queries.length === 0) return [];
  const apiKey = 'searchKey' in target ? target.searchKey : target.apiKey;
  const client = new Meilisearch({ host: target.host, apiKey });
  const each = Math.max(1, Math.floor(limit / queries.length));
  const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, CandidateDoc>({
    queries: queries.map((q) => ({
      indexUid: target.indexes.clauses,
      q,
      limit: each,
      // Dropped from the end when relaxed: every hit holds at least the query's first word.
      matchingStrategy: 'last' as const,
      attributesToRetrieve: CANDIDATE_FIELDS,
    })),
  });
  const seen = new Set<string>();
  const clauses: CandidateDoc[] = [];
  for (const result of results as Array<SearchResponse<CandidateDoc>>) {
    for (const { directive, clauseId, text, measures } of result.hits) {
      const id = `${directive}#${clauseId}`;
      if (clauseId === PREAMBLE_ID || clauseId === CLOSING_ID || seen.has(id)) continue;
      seen.add(id);
      clauses.push({ directive, clauseId, text, measures });
    }
  }
  return clauses;
}
