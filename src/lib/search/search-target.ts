/**
 * How the CLI reaches the index with the search-only key (never the master key), Node only: the
 * master key is used once, server-side, to check the index exists and fetch (or create) its key.
 */
import { indexExists } from './indexer.ts';
import type { SearchTarget } from './query.ts';
import { ensureSearchKey } from './search-key.ts';
import { adminClient } from './meili-client.ts';
import { MeiliServerError } from './meili-server-error.ts';
import { clauseIndexUid } from './settings.ts';

export async function cliSearchTarget(
  conn: { host: string; masterKey: string },
  indexPrefix?: string,
): Promise<SearchTarget> {
  const uid = clauseIndexUid(indexPrefix);
  const admin = adminClient(conn);
  if (!(await indexExists(admin, uid))) {
    throw new MeiliServerError(`There is no index ${uid} on ${conn.host}.`, 'Run `npx chithi index` first.');
  }
  return { host: conn.host, searchKey: await ensureSearchKey(admin, uid), indexes: { clauses: uid } };
}
