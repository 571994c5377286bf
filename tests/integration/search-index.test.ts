import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Directive } from '../../src/lib/directive/schema.ts';
import { indexCorpus, IndexingError, MAX_IN_FLIGHT, type PublicSearchConfig } from '../../src/lib/search/indexer.ts';
import { manifestUid } from '../../src/lib/search/index-manifest.ts';
import { searchKeyName } from '../../src/lib/search/search-key.ts';
import { searchClauses } from '../../src/lib/search/query.ts';
import { adminClient } from '../../src/runtime/meilisearch/index.ts';
import { clauseIndexSettings } from '../../src/lib/search/settings.ts';
import { meiliSynonyms, readSynonyms } from '../../src/lib/search/synonyms.ts';
import { seedDirectives } from '../setup/seeds.ts';
import { startTestMeili, type TestMeili } from './setup/meili.ts';

let meili: TestMeili;
let directives: Directive[];
const progress: Array<[number, number]> = [];
let uid: string;
let first: PublicSearchConfig;

beforeAll(async () => {
  [meili, directives] = await Promise.all([startTestMeili(), seedDirectives()]);
  first = await indexCorpus(meili, directives, {
    indexPrefix: meili.indexPrefix,
    onProgress: (done, total) => progress.push([done, total]),
  });
  uid = first.indexes.clauses;
});
afterAll(() => meili?.stop());

/**
 * The documents the seeds make: 73 clauses (Hải Dương 10, Hưng Yên 5, Nghệ An 20, Sơn La 26,
 * Thanh Hóa 12), a preamble for each of the 5 directives, and a closing for the 4 that have one
 * (Hưng Yên's ends with its last clause).
 */
const SEED_DOCUMENTS = 73 + 5 + 4;

describe('indexCorpus', () => {
  test('indexes every clause, with the preamble and the closing, under the prefixed uid', async () => {
    expect(uid).toBe(`${meili.indexPrefix}clauses`);
    const stats = await adminClient(meili).index(uid).getStats();
    expect(stats.numberOfDocuments).toBe(SEED_DOCUMENTS);
  });

  test('reports progress up to the last document', () => {
    expect(progress.at(0)).toEqual([0, SEED_DOCUMENTS]);
    expect(progress.at(-1)).toEqual([SEED_DOCUMENTS, SEED_DOCUMENTS]);
  });

  test('applies the settings it declares (read back from the server)', async () => {
    const settings = await adminClient(meili).index(uid).getSettings();
    const declared = clauseIndexSettings(meiliSynonyms(readSynonyms()));
    expect(settings.searchableAttributes).toEqual(declared.searchableAttributes);
    expect(settings.rankingRules).toEqual(declared.rankingRules);
    expect(settings.prefixSearch).toBe('disabled');
    expect(settings.typoTolerance).toMatchObject(declared.typoTolerance);
    expect([...(settings.filterableAttributes ?? [])].sort()).toEqual([...declared.filterableAttributes].sort());
    expect(settings.synonyms?.['vaccine']).toContain('vắc xin');
  });

  test('leaves no staging index behind, and indexing twice changes nothing, search key included', async () => {
    const client = adminClient(meili);
    const before = await client.index(uid).getDocuments({ limit: 1000 });
    const again = await indexCorpus(meili, directives, { indexPrefix: meili.indexPrefix });
    expect(again).toEqual(first);
    const { results: keys } = await client.getKeys({ limit: 1000 });
    expect(keys.filter((k) => k.name === searchKeyName(uid))).toHaveLength(1);
    const after = await client.index(uid).getDocuments({ limit: 1000 });
    expect(after.results).toEqual(before.results);
    const { results } = await client.getIndexes({ limit: 1000 });
    // The live index and its manifest (index-manifest.ts: what `chithi index` compares against), no staging.
    expect(results.map((i) => i.uid).filter((u) => u.startsWith(meili.indexPrefix))).toEqual([uid, manifestUid(uid)]);
  });

  test('a failing task stops indexing with Meilisearch’s own message and leaves the live index as it was', async () => {
    // Past the schema on purpose: an id Meilisearch refuses, as a corpus edited by hand could hold.
    const broken = { ...directives[0]!, id: 'not a valid id!' } as unknown as Directive;
    const failure = indexCorpus(meili, [broken], { indexPrefix: meili.indexPrefix });
    await expect(failure).rejects.toThrow(IndexingError);
    await expect(failure).rejects.toThrow(/invalid_document_id|Document identifier/);
    const stats = await adminClient(meili).index(uid).getStats();
    expect(stats.numberOfDocuments).toBe(SEED_DOCUMENTS);
  });

  test('sends the next batch before the last is indexed, never more than MAX_IN_FLIGHT waiting', async () => {
    const client = adminClient(meili);
    const prefix = `${meili.indexPrefix}pipelined_`;
    // 82 documents in batches of 4: 21 tasks, enough to see both the overlap and the bound.
    await indexCorpus(meili, directives, { indexPrefix: prefix, batchSize: 4 });
    const { results } = await client.tasks.getTasks({ types: ['documentAdditionOrUpdate'], limit: 1000 });
    // Documents went to the staging index; the swap renamed it, its tasks with it.
    const tasks = results.filter((t) => t.indexUid === `${prefix}clauses`).sort((a, b) => a.uid - b.uid);
    expect(tasks).toHaveLength(Math.ceil(SEED_DOCUMENTS / 4));
    const time = (iso: string | null | undefined) => Date.parse(iso ?? '');
    // Some batch was enqueued before the one before it had finished: Meilisearch was never left waiting.
    const overlapped = tasks.slice(1).filter((t, i) => time(t.enqueuedAt) < time(tasks[i]!.finishedAt));
    expect(overlapped.length).toBeGreaterThan(0);
    // And a batch is enqueued only once the one MAX_IN_FLIGHT before it has finished.
    for (const [i, t] of tasks.entries()) {
      const bound = tasks[i - MAX_IN_FLIGHT];
      if (bound) expect(time(t.enqueuedAt)).toBeGreaterThanOrEqual(time(bound.finishedAt));
    }
    expect((await client.index(`${prefix}clauses`).getStats()).numberOfDocuments).toBe(SEED_DOCUMENTS);
  });

  test('hits carry the directive’s facets and the clause’s full text', async () => {
    const config = { host: meili.host, apiKey: meili.masterKey, indexes: { clauses: uid } };
    const { hits } = await searchClauses(config, { q: '68/NQ-CP' });
    expect(hits[0]).toMatchObject({
      directive: 'nghe-an-2021-08-07-07-ct-tu',
      province: 'nghe-an',
      provinceName: 'Nghệ An',
      date: '2021-08-07',
      docType: 'chi-thi',
      number: '07-CT/TU',
      issuer: 'ban-thuong-vu-tinh-uy',
      clauseId: '2.-7',
    });
    const clause = directives
      .find((d) => d.id === 'nghe-an-2021-08-07-07-ct-tu')!
      .clauses.find((c) => c.id === '2.-7')!;
    expect(hits[0]!.text).toBe(clause.text);
    expect(hits[0]!.measures).toEqual(clause.measures);
  });
});
