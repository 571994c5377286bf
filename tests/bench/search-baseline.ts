/**
 * The yardstick for the search benchmarks: plain Meilisearch on the same clause documents, with
 * default settings except what a query needs to run at all (the filterable and sortable fields),
 * queried with the reader's words as typed.
 */
import type { Meilisearch, SearchParams, SearchResponse } from 'meilisearch';
import { RETRIEVED_FIELDS, type ClauseDoc } from '../../src/lib/search/clause-doc.ts';
import { combine, filterClauses } from '../../src/lib/search/filters.ts';
import type { SearchParams as ChithiParams } from '../../src/lib/search/query.ts';
import { RANGE_FACETS } from '../../src/lib/search/range-facets.ts';
import { FACET_FIELDS, IN_FORCE_FIELDS } from '../../src/lib/search/settings.ts';

/** The facets the project's query asks for: the seven lists and the range facets' fields. */
const RANGE_FIELDS = RANGE_FACETS.map((r) => r.field);
import { SNIPPET_WORDS } from '../../src/lib/search/snippet.ts';
import { awaitTask } from '../../src/lib/search/tasks.ts';

const TASK = { timeoutMs: 15 * 60_000 };

/** Builds the plain index from the project's documents, minus the fields only this project adds. */
export async function indexPlain(client: Meilisearch, uid: string, docs: readonly ClauseDoc[]): Promise<void> {
  await awaitTask(client, client.deleteIndex(uid), TASK);
  await awaitTask(client, client.createIndex(uid, { primaryKey: 'id' }), TASK);
  const index = client.index(uid);
  await awaitTask(
    client,
    index.updateSettings({
      filterableAttributes: [...FACET_FIELDS, 'dateNum', ...IN_FORCE_FIELDS, ...RANGE_FIELDS],
      sortableAttributes: ['dateNum'],
    }),
    TASK,
  );
  const plainDocs = docs.map(({ telex: _telex, codes: _codes, ...natural }) => natural);
  for (let at = 0; at < plainDocs.length; at += 5000) {
    const task = await awaitTask(client, index.addDocuments(plainDocs.slice(at, at + 5000)), TASK);
    if (task.status !== 'succeeded') throw new Error(`plain index: ${task.error?.message}`);
  }
}

/** The same request as the project's, minus what makes it the project's: words as typed, Meilisearch's highlighting. */
export function plainSearch(
  client: Meilisearch,
  uid: string,
  params: ChithiParams,
  extra: SearchParams = {},
): Promise<SearchResponse<Record<string, unknown>>> {
  const filter = combine(filterClauses(params));
  return client.index(uid).search(params.q, {
    ...(filter ? { filter } : {}),
    limit: params.limit ?? 10,
    ...extra,
  });
}

/** Facets, highlighting and a cropped snippet, as the project's query returns them. */
export const PLAIN_FULL: SearchParams = {
  facets: [...FACET_FIELDS, ...RANGE_FIELDS],
  attributesToRetrieve: [...RETRIEVED_FIELDS],
  attributesToHighlight: ['text'],
  attributesToCrop: ['text'],
  cropLength: SNIPPET_WORDS,
};
