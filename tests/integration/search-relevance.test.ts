import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldKey } from '../../src/lib/text/fold.ts';
import { searchClauses, type SearchHit } from '../../src/lib/search/query.ts';
import { EXACT_SPELLING_QUERIES, hitKey, SEED_QUERIES } from '../relevance/seed-queries.ts';
import { startSeedSearch, type SeedSearch } from './search-setup.ts';

let seeds: SeedSearch;
beforeAll(async () => {
  seeds = await startSeedSearch();
});
afterAll(() => seeds?.meili.stop());

const search = (q: string, extra: Parameters<typeof searchClauses>[1] extends infer P ? Partial<P> : never = {}) =>
  searchClauses(seeds.config, { q, limit: 20, ...extra });

/** Whether the clause holds `query` spelt exactly (diacritics count, case does not). */
const holdsExactly = (hit: SearchHit, query: string) =>
  hit.text.toLocaleLowerCase('vi').includes(query.toLocaleLowerCase('vi'));
/** The pieces of a hit's snippet the page marks. */
const markedPieces = (hit: SearchHit) => hit.segments.filter((s) => s.match).map((s) => s.text);
/** Whether it holds `query` once folded ("tỉnh", "tính" and "tinh" all hold "tinh"). */
const holdsFolded = (hit: SearchHit, query: string) => foldKey(hit.text).includes(foldKey(query));

describe('a query typed with diacritics ranks its exact spelling first', () => {
  test.each(EXACT_SPELLING_QUERIES)('"%s": each of the top 3 hits holds that exact spelling', async (query) => {
    const { hits } = await search(query);
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits.slice(0, 3).map((hit) => [hitKey(hit), holdsExactly(hit, query)])).toEqual(
      hits.slice(0, 3).map((hit) => [hitKey(hit), true]),
    );
  });

  test('every exact hit of "tính" comes before every hit that matches only folded', async () => {
    const { hits } = await search('tính', { limit: 100 });
    const exact = hits.map((hit) => holdsExactly(hit, 'tính'));
    expect(exact.indexOf(false)).toBeGreaterThan(exact.lastIndexOf(true));
  });

  test('"ca bệnh": every clause holding the phrase comes before every clause holding only its words', async () => {
    const { hits } = await search('ca bệnh', { limit: 100 });
    const holds = hits.map((hit) => holdsExactly(hit, 'ca bệnh'));
    // Both kinds are in the seeds: "Khi có ca bệnh phát sinh…" and clauses of "bệnh" alone ("dịch bệnh").
    expect(holds.indexOf(true)).toBe(0);
    expect(holds.indexOf(false)).toBeGreaterThan(holds.lastIndexOf(true));
  });

  test('the snippet marks the exact spelling, not its folded neighbours', async () => {
    const { hits } = await search('tính');
    const pieces = markedPieces(hits[0]!);
    expect(pieces).toContain('tính');
    expect(pieces.filter((piece) => /^(tỉnh|tình|tinh)$/i.test(piece))).toEqual([]);
  });
});

describe('a query typed without diacritics matches every spelling', () => {
  test('bare "tinh" finds at least as many clauses as "tỉnh" and as "tính"', async () => {
    const [bare, province, nature] = await Promise.all([search('tinh'), search('tỉnh'), search('tính')]);
    expect(bare.total).toBeGreaterThanOrEqual(province.total);
    expect(bare.total).toBeGreaterThanOrEqual(nature.total);
    expect(bare.total).toBeGreaterThan(0);
  });

  test('bare "dang" finds Đảng, đang and đăng alike', async () => {
    const { hits } = await search('dang', { limit: 100 });
    const spellings = new Set(hits.flatMap((hit) => markedPieces(hit).map((piece) => piece.toLowerCase())));
    expect([...spellings]).toEqual(expect.arrayContaining(['đảng', 'đang']));
  });
});

describe('the exact switch', () => {
  test('keeps only the exact spelling of every word', async () => {
    const { hits, total } = await search('tính', { exact: true, limit: 100 });
    expect(total).toBeGreaterThan(0);
    expect(hits.every((hit) => holdsExactly(hit, 'tính'))).toBe(true);
    const loose = await search('tính', { limit: 100 });
    expect(total).toBeLessThan(loose.total);
  });

  test('a bare word under the switch finds only the bare spelling', async () => {
    const { hits } = await search('covid', { exact: true });
    expect(hits.length).toBeGreaterThan(0);
    const { total } = await search('cach', { exact: true });
    expect(total).toBe(0); // the seeds always write "cách"
  });

  test('phrases stay phrases under the switch', async () => {
    const { hits } = await search('"cách ly tại gia đình"', { exact: true });
    expect(hits.map(hitKey)).toContain('thanh-hoa-2021-07-22-329-cv-tu#3.-2');
    expect(hits.every((hit) => holdsExactly(hit, 'cách ly tại gia đình'))).toBe(true);
  });
});

describe('phrases and codes', () => {
  test('a quoted phrase matches as a phrase', async () => {
    const { hits } = await search('"cách ly tập trung"');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => holdsFolded(hit, 'cách ly tập trung'))).toBe(true);
  });

  test('"07-CT/TU", "07/CT-TU" and "CT 07" find the same directive', async () => {
    const results = await Promise.all(['07-CT/TU', '07/CT-TU', 'CT 07', 'chỉ thị số 07'].map((q) => search(q)));
    for (const { hits } of results) expect(hits[0]?.directive).toBe('nghe-an-2021-08-07-07-ct-tu');
  });

  test('16/CT-TTg finds the directive citing it, and no "15/CT-TTg … 16/8" look-alike', async () => {
    const { hits } = await search('16/CT-TTg');
    expect(hits.map(hitKey)).toEqual(['thanh-hoa-2021-07-22-329-cv-tu#mo-dau']);
    expect(markedPieces(hits[0]!)).toEqual(['16/CT-TTg']);
  });

  test('a code is never "corrected": 17/CT-TTg finds nothing', async () => {
    expect((await search('17/CT-TTg')).total).toBe(0);
    expect((await search('329-CV/TT')).total).toBe(0);
  });
});

describe('the relevance suite', () => {
  test(`has at least 30 queries of every kind`, () => {
    expect(SEED_QUERIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SEED_QUERIES.map((c) => c.kind))).toEqual(
      new Set(['diacritics', 'bare', 'phrase', 'code', 'synonym', 'typo', 'filter', 'words']),
    );
  });

  test.each(SEED_QUERIES.map((c) => [c.params.q, c] as const))('%s', async (_q, c) => {
    const { hits } = await searchClauses(seeds.config, { ...c.params, limit: Math.max(10, c.k) });
    const top = hits.slice(0, c.k).map(hitKey);
    for (const wanted of c.mustFind ?? c.relevant) expect(top, c.why).toContain(wanted);
  });
});

describe('facets and filters', () => {
  test('facets count clauses by canonical id', async () => {
    const { facets } = await search('cách ly');
    expect(Object.keys(facets).sort()).toEqual([
      'docType',
      'issuer',
      'measures',
      'month',
      'province',
      'region',
      'year',
    ]);
    expect(facets.province['thanh-hoa']).toBeGreaterThan(0);
    expect(facets.month['2021-07']).toBeGreaterThan(0);
    expect(facets.docType['chi-thi']).toBeGreaterThan(0);
  });

  test('a picked province keeps the other provinces’ counts, so a second can be added', async () => {
    const all = await search('cách ly');
    const one = await search('cách ly', { provinces: ['thanh-hoa'] });
    expect(one.hits.every((hit) => hit.province === 'thanh-hoa')).toBe(true);
    expect(one.facets.province).toEqual(all.facets.province);
    const two = await search('cách ly', { provinces: ['thanh-hoa', 'nghe-an'] });
    expect(two.total).toBe((all.facets.province['thanh-hoa'] ?? 0) + (all.facets.province['nghe-an'] ?? 0));
  });

  test('a date range keeps the directives issued inside it; undated ones fall out', async () => {
    const { hits } = await search('', { from: '2021-07-01', to: '2021-07-31', limit: 100 });
    expect(new Set(hits.map((hit) => hit.directive))).toEqual(new Set(['thanh-hoa-2021-07-22-329-cv-tu']));
  });

  // Every seed holds "phòng, chống dịch": four are dated (2020-08-28 to 2021-08-07), Sơn La's is not.
  test.each([
    ['date-desc', ['2021-08-07', '2021-07-22', '2021-05-08', '2020-08-28']],
    ['date-asc', ['2020-08-28', '2021-05-08', '2021-07-22', '2021-08-07']],
  ] as const)('sorting %s orders the dated directives by date, the undated one last', async (sort, order) => {
    const { hits, total } = await search('phòng, chống dịch', { sort, limit: 100 });
    expect(hits).toHaveLength(total);
    const dates = hits.map((hit) => hit.date);
    const runs = dates.filter((date, i) => i === 0 || date !== dates[i - 1]);
    expect(runs).toEqual([...order, null]);
  });

  test('pages are 1-based and cover the total', async () => {
    const first = await search('tỉnh', { limit: 5, page: 1 });
    const second = await search('tỉnh', { limit: 5, page: 2 });
    expect(first.pages).toBe(Math.ceil(first.total / 5));
    expect(second.page).toBe(2);
    const onFirst = new Set(first.hits.map(hitKey));
    expect(second.hits.filter((hit) => onFirst.has(hitKey(hit)))).toEqual([]);
  });
});
