/**
 * The key the site and the CLI's search use: `search` on the clause index and nothing else, so it
 * can sit in a public page. Meilisearch refuses it (403) on any write, on settings, on key listing
 * and on other indexes (tests/integration/search-keys.test.ts proves it).
 */
import type { Meilisearch } from 'meilisearch';

/** Keys are found again by this name, so indexing twice reuses the key instead of piling them up. */
export const searchKeyName = (indexUid: string): string => `chithi-search:${indexUid}`;

/** The key for `indexUid`: reused when one with exactly these rights exists, else created. */
export async function ensureSearchKey(client: Meilisearch, indexUid: string): Promise<string> {
  const name = searchKeyName(indexUid);
  const { results } = await client.getKeys({ limit: 1000 });
  for (const key of results.filter((k) => k.name === name)) {
    const exact =
      key.actions.length === 1 && key.actions[0] === 'search' && key.indexes.join() === indexUid && !key.expiresAt;
    if (exact) return key.key;
    // Same name, other rights (edited by hand?): replace it rather than trust it.
    await client.deleteKey(key.uid);
  }
  const created = await client.createKey({
    name,
    description: `chithi: search-only key for the index ${indexUid}; safe to publish`,
    actions: ['search'],
    indexes: [indexUid],
    expiresAt: null,
  });
  return created.key;
}
