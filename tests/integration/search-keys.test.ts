import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPublicSearchConfig, writePublicSearchConfig } from '../../src/lib/search/indexer.ts';
import { startSeedSearch, type SeedSearch } from './search-setup.ts';

let seeds: SeedSearch;
let searchOnly: Meilisearch;
beforeAll(async () => {
  seeds = await startSeedSearch();
  searchOnly = new Meilisearch({ host: seeds.config.host, apiKey: seeds.config.searchKey });
});
afterAll(() => seeds?.meili.stop());

/** The HTTP status Meilisearch answers `call` with (0 when it succeeds). */
async function statusOf(call: () => Promise<unknown>): Promise<number> {
  try {
    await call();
    return 0;
  } catch (error) {
    if (error instanceof MeilisearchApiError) return error.response.status;
    throw error;
  }
}

describe('the search-only key', () => {
  test('is not the master key, and can search and facet the clause index', async () => {
    expect(seeds.config.searchKey).not.toBe(seeds.meili.masterKey);
    const result = await searchOnly.index(seeds.config.indexes.clauses).search('cách ly', { facets: ['province'] });
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.facetDistribution?.['province']).toBeDefined();
  });

  test('gets 403 when it tries to add a document', async () => {
    const index = searchOnly.index(seeds.config.indexes.clauses);
    expect(await statusOf(() => index.addDocuments([{ id: 'intruder', text: 'x' }]))).toBe(403);
  });

  test.each([
    ['delete a document', (c: Meilisearch, uid: string) => c.index(uid).deleteDocument('x')],
    ['delete every document', (c: Meilisearch, uid: string) => c.index(uid).deleteAllDocuments()],
    ['change the settings', (c: Meilisearch, uid: string) => c.index(uid).updateSettings({ stopWords: ['và'] })],
    ['read the settings', (c: Meilisearch, uid: string) => c.index(uid).getSettings()],
    ['delete the index', (c: Meilisearch, uid: string) => c.deleteIndex(uid)],
    ['create an index', (c: Meilisearch) => c.createIndex('intruder')],
    ['list the keys', (c: Meilisearch) => c.getKeys()],
    ['create a key', (c: Meilisearch) => c.createKey({ actions: ['*'], indexes: ['*'], expiresAt: null })],
    ['swap indexes', (c: Meilisearch, uid: string) => c.swapIndexes([{ indexes: [uid, 'other'], rename: false }])],
    ['search another index', (c: Meilisearch) => c.index('other').search('x')],
  ])('gets 403 when it tries to %s', async (_what, call) => {
    expect(await statusOf(() => call(searchOnly, seeds.config.indexes.clauses))).toBe(403);
  });
});

describe('the master key never reaches what the site serves', () => {
  test('the public search config holds the search key only, and writing the master key is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chithi-search-config-'));
    try {
      const file = writePublicSearchConfig(seeds.config, join(dir, 'search-config.json'), seeds.meili.masterKey);
      const written = readFileSync(file, 'utf8');
      expect(written).not.toContain(seeds.meili.masterKey);
      expect(readPublicSearchConfig(file)).toEqual(seeds.config);
      const leaked = { ...seeds.config, searchKey: seeds.meili.masterKey };
      expect(() => writePublicSearchConfig(leaked, join(dir, 'leak.json'), seeds.meili.masterKey)).toThrow(
        /master key/,
      );
      expect(existsSync(join(dir, 'leak.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  // That the built site carries no master key is checked on a site built for the test, with the key
  // of the server it uses: tests/e2e/portal.test.ts, 'the built site holds no Meilisearch master key'.
});
