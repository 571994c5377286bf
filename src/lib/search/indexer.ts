/**
 * `chithi index`: the corpus into a fresh clause index, swapped in atomically.
 *
 * Readers never see a half-built index: documents go into `<uid>_next`, and only when every task
 * has succeeded does `/swap-indexes` exchange it with the live one (a ~5 ms operation; searches
 * running meanwhile see one index or the other). The old index is then deleted. A failed task
 * stops everything with Meilisearch's own message; the live index is left as it was. Running it
 * twice gives the same index, the same settings and the same search key.
 */
import { MeilisearchApiError, type EnqueuedTask, type Meilisearch, type Task } from 'meilisearch';
import type { Directive } from '../directive/schema.ts';
import type { ClauseDoc } from './clause-doc.ts';
import { clauseDocuments } from './documents.ts';
import { type PublicSearchConfig } from './public-config.ts';
import { ensureSearchKey } from './search-key.ts';
import { adminClient } from './server/index.ts';
import { clauseIndexSettings, clauseIndexUid, DEFAULT_INDEX_PREFIX } from './settings.ts';
import { meiliSynonyms, readSynonyms } from './synonyms.ts';
import { awaitTask } from './tasks.ts';

export {
  PublicSearchConfig,
  publicSearchConfigPath,
  readPublicSearchConfig,
  SearchConfigMissingError,
  writePublicSearchConfig,
} from './public-config.ts';

export interface IndexOptions {
  /** Called after each batch of documents is indexed. */
  onProgress?: (done: number, total: number) => void;
  /** Start of the index uid (default "chithi_"): tests and benchmarks use their own. */
  indexPrefix?: string;
}

/** Large enough for one task of 100,000 clauses on two cores (~40 s measured), with room. */
const TASK_TIMEOUT_MS = 10 * 60_000;
const BATCH_SIZE = 5_000;

export class IndexingError extends Error {
  constructor(task: Task) {
    const error = task.error;
    super(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${error?.message ?? 'no message'}` +
        (error?.code ? ` [${error.code}]` : ''),
    );
    this.name = 'IndexingError';
  }
}

export async function indexCorpus(
  conn: { host: string; masterKey: string },
  directives: Directive[],
  opts: IndexOptions = {},
): Promise<PublicSearchConfig> {
  const client = adminClient(conn, { timeoutMs: 60_000 });
  const live = clauseIndexUid(opts.indexPrefix ?? DEFAULT_INDEX_PREFIX);
  const staging = `${live}_next`;
  const docs = directives.flatMap(clauseDocuments);

  await deleteIndexIfExists(client, staging);
  await run(client, client.createIndex(staging, { primaryKey: 'id' }));
  const index = client.index<ClauseDoc>(staging);
  await run(client, index.updateSettings(clauseIndexSettings(meiliSynonyms(readSynonyms()))));
  opts.onProgress?.(0, docs.length);
  for (let at = 0; at < docs.length; at += BATCH_SIZE) {
    const batch = docs.slice(at, at + BATCH_SIZE);
    await run(client, index.addDocuments(batch, { primaryKey: 'id' }));
    opts.onProgress?.(at + batch.length, docs.length);
  }

  const hadLive = await indexExists(client, live);
  // A first run renames the staging index (rename: [from, to]); later runs swap the two.
  await run(client, client.swapIndexes([{ indexes: [staging, live], rename: !hadLive }]));
  if (hadLive) await run(client, client.deleteIndex(staging));

  const searchKey = await ensureSearchKey(client, live);
  return { host: conn.host, searchKey, indexes: { clauses: live } };
}

/** Awaits a task to its end; a task that did not succeed throws with Meilisearch's message. */
async function run(client: Meilisearch, enqueued: PromiseLike<EnqueuedTask>) {
  const task = await awaitTask(client, enqueued, { timeoutMs: TASK_TIMEOUT_MS });
  if (task.status !== 'succeeded') throw new IndexingError(task);
  return task;
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
    throw error;
  }
}

async function deleteIndexIfExists(client: Meilisearch, uid: string): Promise<void> {
  if (await indexExists(client, uid)) await run(client, client.deleteIndex(uid));
}
