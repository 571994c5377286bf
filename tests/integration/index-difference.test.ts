/**
 * `chithi index` by difference against a real Meilisearch: after one directive is added, changed or
 * removed, only that directive's documents are sent or deleted (read back from Meilisearch's own task
 * log), the others keep theirs, and search sees the change. A settings change still rebuilds.
 */
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DirectiveId, type Directive } from '../../src/lib/directive/schema.ts';
import { updateIndex } from '../../src/lib/search/indexer.ts';
import { manifestUid, SETTINGS_ENTRY } from '../../src/lib/search/index-manifest.ts';
import { adminClient } from '../../src/runtime/meilisearch/index.ts';
import { awaitTask } from '../../src/lib/search/tasks.ts';
import { seedDirectives } from '../setup/seeds.ts';
import { startTestMeili, type TestMeili } from './setup/meili.ts';

let meili: TestMeili;
let client: Meilisearch;
let seeds: Directive[];
let uid = '';

beforeAll(async () => {
  [meili, seeds] = await Promise.all([startTestMeili(), seedDirectives()]);
  client = adminClient(meili);
});
afterAll(() => meili?.stop());

const update = (directives: Directive[], full = false) =>
  updateIndex(meili, directives, { indexPrefix: meili.indexPrefix, ...(full ? { full } : {}) });

/** The document tasks Meilisearch ran on the clause index after task `after`: what was sent or deleted. */
async function documentTasksAfter(after: number) {
  const { results } = await client.tasks.getTasks({ indexUids: [uid], limit: 100 });
  return results
    .filter((t) => t.uid > after && (t.type === 'documentAdditionOrUpdate' || t.type === 'documentDeletion'))
    .sort((a, b) => a.uid - b.uid) // Meilisearch lists the newest first
    .map((t) => ({ type: t.type, details: t.details }));
}

async function lastTaskUid(): Promise<number> {
  const { results } = await client.tasks.getTasks({ limit: 1 });
  return results[0]?.uid ?? -1;
}

const docCount = (d: Directive) => 1 + d.clauses.length + (d.closing.trim() ? 1 : 0);

async function documentsOf(directive: string) {
  const { results } = await client.index(uid).getDocuments({ filter: `directive = "${directive}"`, limit: 1000 });
  return results as Array<{ id: string; text: string }>;
}

/** A directive the test writes itself: a seed under another id, with one clause reworded. */
function variant(base: Directive, id: string, text: string): Directive {
  const copy = structuredClone(base);
  copy.id = DirectiveId.parse(id);
  const first = copy.clauses[0];
  if (first) first.text = text;
  return copy;
}

describe('updateIndex', () => {
  test('the first run has no live index, so it rebuilds and writes the manifest', async () => {
    const first = await update(seeds);
    uid = first.config.indexes.clauses;
    expect(first).toMatchObject({ mode: 'full', reason: 'no live index' });
    const manifest = await client.index(manifestUid(uid)).getDocuments({ limit: 100 });
    expect(manifest.results.map((e) => e['id']).sort()).toEqual([SETTINGS_ENTRY, ...seeds.map((d) => d.id)].sort());
  });

  test('nothing changed: nothing is sent', async () => {
    const before = await lastTaskUid();
    const again = await update(seeds);
    expect(again).toMatchObject({ mode: 'difference', added: [], changed: [], removed: [], unchanged: seeds.length });
    expect(await documentTasksAfter(before)).toEqual([]);
  });

  test('an added directive sends only its own documents, and search finds it', async () => {
    const base = seeds[0] as Directive;
    const added = variant(base, 'test-added-directive', 'Yêu cầu xét nghiệm ngẫu nhiên cho người bán hàng rong.');
    const before = await lastTaskUid();
    const result = await update([...seeds, added]);
    expect(result).toMatchObject({ mode: 'difference', added: [added.id], changed: [], removed: [] });
    const tasks = await documentTasksAfter(before);
    expect(tasks).toEqual([
      {
        type: 'documentAdditionOrUpdate',
        details: { receivedDocuments: docCount(added), indexedDocuments: docCount(added) },
      },
    ]);
    const hits = await client.index(uid).search('người bán hàng rong', { filter: `directive = "${added.id}"` });
    expect(hits.hits.length).toBeGreaterThan(0);
    expect((await documentsOf(base.id)).length).toBe(docCount(base));
  });

  test('a changed directive replaces its documents and deletes the ones its shorter version lost', async () => {
    const base = seeds[0] as Directive;
    const changed = variant(base, 'test-added-directive', 'Tạm dừng hoạt động của chợ đêm trên địa bàn.');
    changed.clauses = changed.clauses.slice(0, 1);
    changed.clauses[0] = { ...(changed.clauses[0] as Directive['clauses'][number]), parentId: null };
    const before = await lastTaskUid();
    const result = await update([...seeds, changed]);
    expect(result).toMatchObject({ mode: 'difference', added: [], changed: [changed.id], removed: [] });
    const lost = docCount(base) - docCount(changed);
    expect(result.documentsDeleted).toBe(lost);
    const tasks = await documentTasksAfter(before);
    expect(tasks.map((t) => t.type)).toEqual(['documentAdditionOrUpdate', 'documentDeletion']);
    expect(tasks[0]?.details).toMatchObject({ receivedDocuments: docCount(changed) });
    expect(tasks[1]?.details).toMatchObject({ providedIds: lost, deletedDocuments: lost });
    const docs = await documentsOf(changed.id);
    expect(docs.length).toBe(docCount(changed));
    expect(docs.some((d) => d.text.includes('chợ đêm'))).toBe(true);
    expect(docs.some((d) => d.text.includes('bán hàng rong'))).toBe(false);
  });

  test('a removed directive deletes only its documents', async () => {
    const before = await lastTaskUid();
    const total = (await client.index(uid).getStats()).numberOfDocuments;
    const gone = (await documentsOf('test-added-directive')).length;
    const result = await update(seeds);
    expect(result).toMatchObject({ mode: 'difference', added: [], changed: [], removed: ['test-added-directive'] });
    const tasks = await documentTasksAfter(before);
    expect(tasks).toEqual([
      { type: 'documentDeletion', details: { providedIds: gone, originalFilter: null, deletedDocuments: gone } },
    ]);
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(total - gone);
    expect(await documentsOf('test-added-directive')).toEqual([]);
  });

  test('--full rebuilds and swaps even when nothing changed', async () => {
    const result = await update(seeds, true);
    expect(result).toMatchObject({ mode: 'full', reason: 'asked for (--full)' });
    expect((await client.index(uid).getStats()).numberOfDocuments).toBe(seeds.reduce((n, d) => n + docCount(d), 0));
  });

  test('changed settings (told by the manifest) force a full rebuild', async () => {
    // The machine is shared: wait for the task as the indexer does, with room, not the client's 5 s.
    await awaitTask(
      client,
      client.index(manifestUid(uid)).addDocuments([{ id: SETTINGS_ENTRY, hash: 'older', count: 0 }]),
      {
        timeoutMs: 60_000,
      },
    );
    const result = await update(seeds);
    expect(result).toMatchObject({ mode: 'full', reason: 'the index settings changed' });
    expect((await update(seeds)).mode).toBe('difference');
  });
});
