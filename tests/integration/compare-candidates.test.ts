/**
 * The comparison's search path, against a real Meilisearch holding the seeds: what a large corpus
 * does (a clause's or a draft's distinctive words bring up candidates, which are scored, and the
 * closest directives fetched and aligned), forced here on the seeds (fetchAllUpTo: 0) so that it can
 * be set against the full index, which sees every directive. Prints the agreement it measures.
 * The seeds are what the thresholds were tuned on, and five directives are few: the figures say the
 * path works, not how well it does on 5,000 (the compare-views bench runs it there).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AlignmentIndex, compareClause, findPrecedents, toComparable } from '../../src/lib/compare/index.ts';
import { clauseView, precedentView, type CandidateSearch } from '../../src/lib/compare/site/views.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { candidateClauses } from '../../src/lib/search/candidate-clauses.ts';
import { indexCorpus } from '../../src/lib/search/indexer.ts';
import type { PublicSearchConfig } from '../../src/lib/search/public-config.ts';
import { siteData, siteFiles } from '../unit/compare/site/helpers/site-files.ts';
import { startTestMeili, type TestMeili } from './setup/meili.ts';

const seeds = loadCorpus().filter((d) => !d.synthetic);
const full = new AlignmentIndex(seeds.map(toComparable));
const data = siteData(siteFiles(full));
const viaSearch = { fetchAllUpTo: 0 };

let meili: TestMeili;
let config: PublicSearchConfig;
let search: CandidateSearch;
beforeAll(async () => {
  meili = await startTestMeili();
  config = await indexCorpus(meili, seeds, { indexPrefix: meili.indexPrefix });
  search = (queries, limit) => candidateClauses(config, queries, limit);
}, 60_000);
afterAll(() => meili?.stop());

describe('candidate clauses from the search server', () => {
  test('come back for every query, clauses only (no preamble or closing), each once', async () => {
    const hits = await candidateClauses(config, ['tiêm vắc xin', 'khẩu trang'], 200);
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => h.clauseId !== 'mo-dau' && h.clauseId !== 'phan-ket')).toBe(true);
    expect(new Set(hits.map((h) => `${h.directive}#${h.clauseId}`)).size).toBe(hits.length);
  });
});

describe('a clause compared through the search server', () => {
  test('finds the comparable columns the full index finds, with the same clauses and scores', async () => {
    let expected = 0;
    let found = 0;
    let wrong = 0;
    const missed: Record<string, number> = {};
    for (const indexed of full.clauses) {
      if (indexed.heading) continue;
      const directive = full.directives[indexed.directive]!.id;
      const clauseId = indexed.clause.id;
      const truth = compareClause(full, directive, clauseId).columns.filter((c) => c.clause);
      const { view } = await clauseView(data, search, { directive, clauseId, base: null }, viaSearch);
      const got = new Map(view.columns.filter((c) => c.clause).map((c) => [c.directive.id, c]));
      expected += truth.length;
      for (const column of truth) {
        const mine = got.get(column.directive.id);
        if (!mine) {
          missed[column.label] = (missed[column.label] ?? 0) + 1;
          continue;
        }
        found++;
        if (mine.clause?.clauseId !== column.clause?.clauseId || mine.score !== column.score) wrong++;
      }
    }
    const recall = found / expected;
    console.log(
      `search path: ${found}/${expected} comparable columns found (${(100 * recall).toFixed(1)}%), ${wrong} differ`,
    );
    // A column it finds is the full index's column: the fetched directives are aligned exactly.
    expect(wrong).toBe(0);
    expect(recall).toBeGreaterThan(0.8);
  }, 120_000);
});

describe('the precedent finder through the search server', () => {
  test('a draft typed without diacritics finds the clause the full index puts first', async () => {
    const draft = 'Day nhanh tiem vac xin phong Covid-19 cho nguoi dan, bao dam an toan';
    const found = await precedentView(data, search, draft, viaSearch);
    const truth = findPrecedents(full, draft);
    expect(found[0]).toEqual(truth[0]);
    expect(found.length).toBeGreaterThan(2);
  });
});
