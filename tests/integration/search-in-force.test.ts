/**
 * Issue 17, items 3 and 4, against a real Meilisearch: the in-force filter keeps the clauses in
 * force on the day asked and never one of unknown period; the range facets keep the clauses
 * within a bound and count each bound; `chithi search --in-force` does the same from a terminal
 * and refuses a day that is none. The corpus is the seeds with periods and numbers the test gives
 * them (tests/setup/in-force-corpus.ts says which).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../src/lib/paths.ts';
import { indexCorpus, type PublicSearchConfig } from '../../src/lib/search/indexer.ts';
import { searchClauses, type SearchParams } from '../../src/lib/search/query.ts';
import { inForceCorpus } from '../setup/in-force-corpus.ts';
import { seedDirectives } from '../setup/seeds.ts';
import { startTestMeili, type TestMeili } from './setup/meili.ts';

const run = promisify(execFile);
let meili: TestMeili;
let config: PublicSearchConfig;

beforeAll(async () => {
  meili = await startTestMeili();
  config = await indexCorpus(meili, inForceCorpus(await seedDirectives()), { indexPrefix: meili.indexPrefix });
});
afterAll(() => meili?.stop());

/** Every matching clause as "directive#clause", sorted. */
async function matched(params: Omit<SearchParams, 'q'>): Promise<string[]> {
  const result = await searchClauses(config, { q: '', limit: 100, ...params });
  expect(result.total).toBeLessThanOrEqual(100);
  return result.hits.map((h) => `${h.directive}#${h.clauseId}`).sort();
}

const NGHE_AN = 'nghe-an-2021-08-07-07-ct-tu';
const SON_LA = 'son-la-2021-ct-ubnd-thay-the-24';
const THANH_HOA = 'thanh-hoa-2021-07-22-329-cv-tu';
const HUNG_YEN = 'hung-yen-2021-05-08-261-cv-tu';

describe('the in-force filter', () => {
  test('on 2021-08-15: Nghệ An (to 21/8) but not its clause that ended on 12/8, and Sơn La (open); not Thanh Hóa (ended 5/8)', async () => {
    const hits = await matched({ inForce: '2021-08-15' });
    const directives = new Set(hits.map((h) => h.split('#')[0]));
    expect([...directives].sort()).toEqual([NGHE_AN, SON_LA]);
    expect(hits).toContain(`${NGHE_AN}#1`);
    expect(hits).not.toContain(`${NGHE_AN}#2.-1`);
    expect(hits).toContain(`${SON_LA}#3.a`);
  });

  test('on 2021-08-11 Nghệ An’s short clause is in force; on its first and last day the period counts both', async () => {
    expect(await matched({ inForce: '2021-08-11' })).toContain(`${NGHE_AN}#2.-1`);
    expect(await matched({ inForce: '2021-08-07' })).toContain(`${NGHE_AN}#1`);
    expect(await matched({ inForce: '2021-08-21' })).toContain(`${NGHE_AN}#1`);
    expect(await matched({ inForce: '2021-08-22' })).not.toContain(`${NGHE_AN}#1`);
  });

  test('a clause of unknown period is never in force, whatever the day', async () => {
    for (const day of ['2020-01-23', '2021-05-08', '2021-08-15', '2022-12-31']) {
      const hits = await matched({ inForce: day });
      expect(hits.filter((h) => h.startsWith(HUNG_YEN) || h.startsWith('hai-duong'))).toEqual([]);
    }
  });

  test('with words and facets: the same clauses the words find, narrowed to the day', async () => {
    const all = await searchClauses(config, { q: 'cách ly', limit: 100 });
    const inForce = await searchClauses(config, { q: 'cách ly', limit: 100, inForce: '2021-08-15' });
    expect(inForce.total).toBeGreaterThan(0);
    expect(inForce.total).toBeLessThan(all.total);
    for (const hit of inForce.hits) expect([NGHE_AN, SON_LA]).toContain(hit.directive);
  });
});

describe('the range facets', () => {
  test('at most 10 people keeps the clauses capping at 10 or fewer, the strictest value of each', async () => {
    expect(await matched({ maxGathering: 10 })).toEqual([`${HUNG_YEN}#1`, `${NGHE_AN}#1`]);
    expect(await matched({ maxGathering: 2 })).toEqual([`${HUNG_YEN}#1`]);
    expect(await matched({ maxGathering: 30 })).toEqual([`${HUNG_YEN}#1`, `${NGHE_AN}#1`, `${THANH_HOA}#1`]);
  });

  test('at least 14 days keeps 14 and 21; at least 21 only 21', async () => {
    expect(await matched({ minQuarantine: 14 })).toEqual([`${HUNG_YEN}#1`, `${SON_LA}#3.a`]);
    expect(await matched({ minQuarantine: 21 })).toEqual([`${SON_LA}#3.a`]);
  });

  test('each bound is counted, and a picked bound still counts the others so it can be widened', async () => {
    const open = await searchClauses(config, { q: '' });
    expect(open.ranges.maxGathering).toEqual({ 2: 1, 10: 2, 20: 2, 30: 3 });
    expect(open.ranges.minQuarantine).toEqual({ 7: 2, 14: 2, 21: 1 });
    const picked = await searchClauses(config, { q: '', maxGathering: 2 });
    expect(picked.total).toBe(1);
    expect(picked.ranges.maxGathering).toEqual({ 2: 1, 10: 2, 20: 2, 30: 3 });
    // The other range counts under the picked bound: only Hưng Yên's clause is left, with 14 days.
    expect(picked.ranges.minQuarantine).toEqual({ 7: 1, 14: 1, 21: 0 });
  });

  test('ranges and the day combine: on 2021-08-01 only Thanh Hóa’s cap of 30 is in force', async () => {
    expect(await matched({ maxGathering: 30, inForce: '2021-08-01' })).toEqual([`${THANH_HOA}#1`]);
  });
});

describe('chithi search --in-force', () => {
  function chithi(...args: string[]) {
    return run(process.execPath, [join(projectRoot(), 'scripts', 'chithi.mjs'), ...args], {
      cwd: projectRoot(),
      env: { ...process.env, MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey },
    });
  }

  test('keeps the clauses in force that day', async () => {
    const { stdout } = await chithi(
      'search',
      '',
      '--in-force',
      '2021-08-15',
      '--limit',
      '100',
      '--json',
      '--prefix',
      meili.indexPrefix,
    );
    const hits = JSON.parse(stdout) as Array<{ directive: string }>;
    expect(hits.length).toBeGreaterThan(0);
    expect([...new Set(hits.map((h) => h.directive))].sort()).toEqual([NGHE_AN, SON_LA]);
  });

  test('refuses a day that is none, with exit status 1 and the value named', async () => {
    const failure = chithi('search', 'cách ly', '--in-force', '2021-02-30', '--prefix', meili.indexPrefix);
    await expect(failure).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('2021-02-30') });
  });
});
