/**
 * A clause copied word for word into many directives, compared through a real Meilisearch as the
 * /so-sanh island does on a large corpus. The search brings up the copies; their rough ranking must
 * not throw them all away. It did: the engine's first pass skips a feature held by more than 64
 * passages as too common to tell clauses apart, and in an index of the candidates alone every word
 * of a clause copied 70 times is held by 70 passages. The compare-views bench's clause view at
 * 5,000 synthetic directives came up with no column for that reason.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AlignmentIndex, toComparable } from '../../src/lib/compare/index.ts';
import { clauseView, FETCHED_COLUMNS, precedentView, type CandidateSearch } from '../../src/lib/compare/site/views.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { DirectiveId, type Directive } from '../../src/lib/directive/schema.ts';
import { candidateClauses } from '../../src/lib/search/candidate-clauses.ts';
import { indexCorpus } from '../../src/lib/search/indexer.ts';
import { siteData, siteFiles } from '../unit/compare/site/helpers/site-files.ts';
import { startTestMeili, type TestMeili } from './setup/meili.ts';

const COPIES = 70;
const NA = 'nghe-an-2021-08-07-07-ct-tu';
const seeds = loadCorpus().filter((d) => !d.synthetic);
const original = seeds.find((d) => d.id === NA)!;
/** The Nghệ An seed under 70 other ids: every clause of it is in 71 directives. */
const copies: Directive[] = Array.from({ length: COPIES }, (_, i) => ({
  ...original,
  id: DirectiveId.parse(`${NA}-ban-sao-${i + 1}`),
}));
const corpus = [...seeds, ...copies];
const data = siteData(siteFiles(new AlignmentIndex(corpus.map(toComparable))));
const viaSearch = { fetchAllUpTo: 0 };

let meili: TestMeili;
let search: CandidateSearch;
beforeAll(async () => {
  meili = await startTestMeili();
  const config = await indexCorpus(meili, corpus, { indexPrefix: meili.indexPrefix });
  search = (queries, limit) => candidateClauses(config, queries, limit);
}, 120_000);
afterAll(() => meili?.stop());

describe('a clause copied into 70 other directives', () => {
  test('its clause view shows the copies, identical, and counts the ones it leaves out', async () => {
    const clause = original.clauses.find((c) => c.text.length > 120 && c.measures.length > 0)!;
    const { view } = await clauseView(data, search, { directive: NA, clauseId: clause.id, base: null }, viaSearch);
    const shownCopies = view.columns.filter((c) => c.directive.id.startsWith(`${NA}-ban-sao-`) && c.clause);
    expect(shownCopies).toHaveLength(FETCHED_COLUMNS);
    expect(shownCopies.every((c) => c.clause?.clauseId === clause.id && c.score === 1)).toBe(true);
    // 70 copies, 40 fetched and shown: the other 30 are counted as hidden, not dropped unsaid.
    expect(view.hiddenColumns).toBeGreaterThanOrEqual(COPIES - FETCHED_COLUMNS);
  });

  test('a draft worded as the clause finds it among the copies', async () => {
    const clause = original.clauses.find((c) => c.text.length > 120 && c.measures.length > 0)!;
    const precedents = await precedentView(data, search, clause.text, viaSearch);
    expect(precedents.length).toBeGreaterThan(0);
    expect(precedents[0]!.text).toBe(clause.text);
  });
});
