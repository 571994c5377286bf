/**
 * `chithi index`: the corpus into Meilisearch, by difference when it can, by a full rebuild when it
 * must.
 *
 * By difference (updateIndex): the live index's manifest (index-manifest.ts) says which directives it
 * holds and their content hashes; only the directives added, changed or removed since are sent: a
 * changed directive's documents are replaced by id and the ids a shorter version no longer has are
 * deleted after, so a search meanwhile sees the old version or the new one, never neither. One
 * directive added to 5,000 is one small task instead of a rebuild of 100,000 documents.
 *
 * Full rebuild (indexCorpus; updateIndex with `full`, or when there is no live index or manifest, or
 * the settings changed):
 * Readers never see a half-built index: documents go into `<uid>_next`, and only when every task
 * has succeeded does `/swap-indexes` exchange it with the live one (one atomic task; searches
 * running meanwhile see one index or the other). The old index is then deleted. A failed task
 * stops everything with Meilisearch's own message; the live index is left as it was. Running it
 * twice gives the same index, the same settings and the same search key.
 *
 * Keeping Meilisearch busy (issue 18): batches are enqueued without waiting for each to be indexed
 * (TaskPipeline), so Meilisearch always has the next one queued and can index several as one batch;
 * at most MAX_IN_FLIGHT are waiting at a time, so what it holds queued (and what this process holds)
 * stays bounded, and every one is waited for before the swap. The documents are built a directive at
 * a time, as the batches fill, never all at once.
 */
import { MeilisearchApiError, type EnqueuedTask, type Index, type Meilisearch, type Task } from 'meilisearch';
import type { Directive } from '../directive/schema.ts';
import type { ClauseDoc } from './clause-doc.ts';
import { documentCount } from './documents.ts';
import {
  diffAgainstManifest,
  manifestUid,
  planDirective,
  SETTINGS_ENTRY,
  settingsHash,
  staleIds,
  type ManifestEntry,
  type PlannedDirective,
} from './index-manifest.ts';
import { type PublicSearchConfig } from './public-config.ts';
import { ensureSearchKey } from './search-key.ts';
import { adminClient } from './meili-client.ts';
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
  /** Documents a task (default BATCH_SIZE): a test sends small batches to see them pipelined. */
  batchSize?: number;
}

/** Large enough for one task of 100,000 clauses on two cores (~40 s measured), with room. */
const TASK_TIMEOUT_MS = 10 * 60_000;
const BATCH_SIZE = 5_000;
/**
 * Batches enqueued and not yet indexed, at most: enough that Meilisearch never waits for the next
 * one (it indexes consecutive additions to one index as one batch), few enough that its queue of
 * update files stays a few tens of megabytes (5,000 clause documents ≈ 5 MB of JSON).
 */
export const MAX_IN_FLIGHT = 8;

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
  directives: readonly Directive[],
  opts: IndexOptions = {},
): Promise<PublicSearchConfig> {
  const client = adminClient(conn, { timeoutMs: 60_000 });
  const live = clauseIndexUid(opts.indexPrefix ?? DEFAULT_INDEX_PREFIX);
  const staging = `${live}_next`;
  const settings = clauseIndexSettings(meiliSynonyms(readSynonyms()));

  await deleteIndexIfExists(client, staging);
  await run(client, client.createIndex(staging, { primaryKey: 'id' }));
  const index = client.index<ClauseDoc>(staging);
  await run(client, index.updateSettings(settings));
  const total = directives.reduce((n, d) => n + documentCount(d), 0);
  opts.onProgress?.(0, total);
  const entries: ManifestEntry[] = [{ id: SETTINGS_ENTRY, hash: settingsHash(settings), count: 0 }];
  const docs = (function* () {
    for (const directive of directives) {
      const planned = planDirective(directive);
      entries.push(planned.entry);
      yield* planned.docs;
    }
  })();
  await addInBatches(client, index, docs, (done) => opts.onProgress?.(done, total), opts.batchSize);

  const hadLive = await indexExists(client, live);
  // A first run renames the staging index (rename: [from, to]); later runs swap the two.
  await run(client, client.swapIndexes([{ indexes: [staging, live], rename: !hadLive }]));
  if (hadLive) await run(client, client.deleteIndex(staging));

  // The manifest is rewritten after the swap: until then it describes the index that was live.
  const manifest = manifestUid(live);
  await deleteIndexIfExists(client, manifest);
  await run(client, client.createIndex(manifest, { primaryKey: 'id' }));
  await addInBatches(client, client.index<ManifestEntry>(manifest), entries);

  const searchKey = await ensureSearchKey(client, live);
  return { host: conn.host, searchKey, indexes: { clauses: live } };
}

export interface IndexUpdate {
  config: PublicSearchConfig;
  /** 'full' when the index was rebuilt (asked, no live index or manifest, settings changed). */
  mode: 'full' | 'difference';
  /** Why a full rebuild was done. */
  reason?: string;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Documents sent (added or replaced) and deleted. */
  documentsSent: number;
  documentsDeleted: number;
}

/** Brings the live index up to `directives` by difference, or rebuilds it when it must (see the top). */
export async function updateIndex(
  conn: { host: string; masterKey: string },
  directives: Directive[],
  opts: IndexOptions & { full?: boolean } = {},
): Promise<IndexUpdate> {
  const client = adminClient(conn, { timeoutMs: 60_000 });
  const live = clauseIndexUid(opts.indexPrefix ?? DEFAULT_INDEX_PREFIX);
  const expectedSettings = settingsHash(clauseIndexSettings(meiliSynonyms(readSynonyms())));
  const reason = opts.full
    ? 'asked for (--full)'
    : !(await indexExists(client, live))
      ? 'no live index'
      : await manifestProblem(client, live, expectedSettings);
  if (reason) {
    const config = await indexCorpus(conn, directives, opts);
    const docs = (await client.index(live).getStats()).numberOfDocuments;
    return {
      config,
      mode: 'full',
      reason,
      added: directives.map((d) => d.id),
      changed: [],
      removed: [],
      unchanged: 0,
      documentsSent: docs,
      documentsDeleted: 0,
    };
  }

  const manifest = await readManifest(client, live);
  const diff = diffAgainstManifest(directives, manifest);
  const sent: PlannedDirective[] = [...diff.added, ...diff.changed];
  const docs = sent.flatMap((p) => p.docs);
  // Replaced first, then the leftovers of shorter versions and the removed directives deleted.
  const stale = [
    ...diff.changed.flatMap((c) => staleIds(c.before, c.entry.count)),
    ...diff.removed.flatMap((e) => staleIds(e)),
  ];
  const index = client.index<ClauseDoc>(live);
  opts.onProgress?.(0, docs.length);
  await addInBatches(client, index, docs, (done) => opts.onProgress?.(done, docs.length));
  for (let at = 0; at < stale.length; at += BATCH_SIZE) {
    await run(client, index.deleteDocuments(stale.slice(at, at + BATCH_SIZE)));
  }
  const manifestIndex = client.index<ManifestEntry>(manifestUid(live));
  await addInBatches(
    client,
    manifestIndex,
    sent.map((p) => p.entry),
  );
  if (diff.removed.length > 0) await run(client, manifestIndex.deleteDocuments(diff.removed.map((e) => e.id)));

  const searchKey = await ensureSearchKey(client, live);
  return {
    config: { host: conn.host, searchKey, indexes: { clauses: live } },
    mode: 'difference',
    added: diff.added.map((p) => p.entry.id),
    changed: diff.changed.map((p) => p.entry.id),
    removed: diff.removed.map((e) => e.id),
    unchanged: diff.unchanged,
    documentsSent: docs.length,
    documentsDeleted: stale.length,
  };
}

/** Why the manifest cannot be trusted for an update, or null when it can. */
async function manifestProblem(client: Meilisearch, live: string, expected: string): Promise<string | null> {
  if (!(await indexExists(client, manifestUid(live)))) return 'the live index has no manifest';
  try {
    const settings = await client.index<ManifestEntry>(manifestUid(live)).getDocument(SETTINGS_ENTRY);
    return settings.hash === expected ? null : 'the index settings changed';
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'document_not_found') {
      return 'the manifest is incomplete';
    }
    throw error;
  }
}

const MANIFEST_PAGE = 10_000;

async function readManifest(client: Meilisearch, live: string): Promise<ManifestEntry[]> {
  const index = client.index<ManifestEntry>(manifestUid(live));
  const entries: ManifestEntry[] = [];
  for (let offset = 0; ; offset += MANIFEST_PAGE) {
    const page = await index.getDocuments({ offset, limit: MANIFEST_PAGE, fields: ['id', 'hash', 'count'] });
    entries.push(...page.results);
    if (page.results.length < MANIFEST_PAGE) return entries;
  }
}

/**
 * Sends `docs` in batches of BATCH_SIZE, each enqueued as soon as the one before is accepted, with
 * at most MAX_IN_FLIGHT not yet indexed; resolves once every one has succeeded (the first that did
 * not throws). `onDone` gets the documents indexed so far.
 */
async function addInBatches<T extends object>(
  client: Meilisearch,
  index: Index<T>,
  docs: Iterable<T>,
  onDone?: (done: number) => void,
  batchSize = BATCH_SIZE,
): Promise<void> {
  const pipeline = new TaskPipeline(client, onDone);
  let batch: T[] = [];
  const send = async () => {
    await pipeline.enqueue(index.addDocuments(batch, { primaryKey: 'id' }), batch.length);
    batch = [];
  };
  for (const doc of docs) {
    batch.push(doc);
    if (batch.length >= batchSize) await send();
  }
  if (batch.length > 0) await send();
  await pipeline.drain();
}

/** Meilisearch tasks enqueued one after another and waited for oldest first, at most MAX_IN_FLIGHT at a time. */
class TaskPipeline {
  readonly #waiting: Array<{ task: EnqueuedTask; count: number }> = [];
  #done = 0;

  constructor(
    private readonly client: Meilisearch,
    private readonly onDone?: (done: number) => void,
  ) {}

  /** Resolves once Meilisearch has accepted the task and fewer than MAX_IN_FLIGHT are waiting. */
  async enqueue(enqueued: PromiseLike<EnqueuedTask>, count: number): Promise<void> {
    this.#waiting.push({ task: await enqueued, count });
    while (this.#waiting.length >= MAX_IN_FLIGHT) await this.#oldest();
  }

  async drain(): Promise<void> {
    while (this.#waiting.length > 0) await this.#oldest();
  }

  async #oldest(): Promise<void> {
    const { task, count } = this.#waiting.shift()!;
    await run(this.client, task);
    this.#done += count;
    this.onDone?.(this.#done);
  }
}

/** Awaits a task to its end; a task that did not succeed throws with Meilisearch's message. */
async function run(client: Meilisearch, enqueued: EnqueuedTask | PromiseLike<EnqueuedTask>) {
  const task = await awaitTask(client, enqueued, { timeoutMs: TASK_TIMEOUT_MS });
  if (task.status !== 'succeeded') throw new IndexingError(task);
  return task;
}

/** Whether the index exists: the one place Meilisearch's `index_not_found` is read. */
export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
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
