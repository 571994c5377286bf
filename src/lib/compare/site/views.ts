/**
 * The four views as the /so-sanh island computes them, from the static files and (on a large corpus)
 * the search server, never from the whole corpus. Why each view gets its data the way it does:
 * - measure: its central clause is chosen among every clause on the measure, so it is computed when
 *   the site is built (bien-phap/<id>.json); the browser diffs the columns shown. Per measure, so it
 *   grows with the measures (tens), not with the corpus.
 * - two directives: needs exactly those two (van-ban/<a>.json, van-ban/<b>.json), aligned here.
 * - a clause: its columns are the closest clause in every other directive. Precomputing that is one
 *   alignment per clause (hundreds of thousands at 20,000 directives, each reading the whole index),
 *   too slow to build, so it is asked of the search server: the base's distinctive words bring up
 *   candidate clauses, those are scored here, and only the FETCHED_COLUMNS closest directives
 *   are fetched and aligned exactly (as the Legislative Influence Detector does with Elasticsearch).
 * - precedent: the same, from the draft's distinctive words (a draft cannot be precomputed).
 * While the corpus has at most FETCH_ALL_DIRECTIVES others, a clause or a draft is compared with
 * all of them (fetched, as today's seeds: a few hundred kilobytes at most) and no search is needed.
 * Every index built here is weighed with the whole corpus's frequencies, so a directive that is
 * fetched gets the score and label the full index gives it.
 */
import type { ComparableDirective } from '../comparable.ts';
import { compareClause, queryOf } from '../compare-clause.ts';
import { compareDirectives } from '../compare-directives.ts';
import { measureFromPlan } from '../compare-measure.ts';
import { DEFAULT_PRECEDENT_LIMIT, findPrecedents } from '../find-precedents.ts';
import { comparedText } from '../clause-refs.ts';
import { COMPARABLE_MIN } from '../labels.ts';
import { rebase } from '../rebase.ts';
import { scoreClause, type ClauseVectors } from '../similarity.ts';
import type { ClauseComparison, DirectiveComparison, MeasureComparison, Precedent } from '../types.ts';
import type { AlignmentIndex } from '../alignment-index.ts';
import type { CompareData } from './compare-data.ts';
import { frequenciesOf } from './static-files.ts';
import { distinctiveWords, rotatedQueries } from './query-words.ts';

/** Candidate clauses asked of the search server for one view (its maxTotalHits is 1,000). */
export const CANDIDATE_CLAUSES = 400;
/**
 * Directives fetched and aligned exactly for one clause view: the closest by rough score. Each costs
 * a file (~5 KB gzipped) and a diff; past it, comparable directives are counted, not shown.
 */
export const FETCHED_COLUMNS = 40;
/** Up to this many other directives, a clause or draft is compared with every one (no search). */
export const FETCH_ALL_DIRECTIVES = FETCHED_COLUMNS;

/**
 * Rough scores (a candidate without its lead-in or sub-clauses) run low: a directive is fetched and
 * aligned exactly from this rough score up, well below COMPARABLE_MIN, so that none is lost to it.
 */
export const ROUGH_SCORE_MIN = COMPARABLE_MIN / 3;

/** A clause the search server brought up: enough to score it roughly, not to show it. */
export interface CandidateClause {
  directive: string;
  clauseId: string;
  text: string;
  measures: string[];
}

/** Asks the search server for clauses matching any of `queries`; null when the site has no server. */
export type CandidateSearch = (queries: readonly string[], limit: number) => Promise<CandidateClause[]>;

export class SearchUnavailableError extends Error {
  constructor() {
    super('cần máy chủ tìm kiếm để so sánh trên kho văn bản lớn như thế này, nhưng trang không kết nối được');
    this.name = 'SearchUnavailableError';
  }
}

export interface FetchOptions {
  /** Compare with every directive up to this many (default FETCH_ALL_DIRECTIVES); 0 always searches. */
  fetchAllUpTo?: number;
}

export interface ColumnsResult<V> {
  view: V;
  /** The index the view was computed on (to re-score it on another base), built when first asked for. */
  index: () => Promise<AlignmentIndex>;
}

export async function clauseView(
  data: CompareData,
  search: CandidateSearch | null,
  request: { directive: string; clauseId: string; base: string | null },
  options: FetchOptions = {},
): Promise<ColumnsResult<ClauseComparison>> {
  const [table, own] = await Promise.all([data.frequencyTable(), data.directive(request.directive)]);
  let others: string[];
  let unexamined = 0;
  let hidden = 0;
  if (table.directives - 1 <= (options.fetchAllUpTo ?? FETCH_ALL_DIRECTIVES)) {
    others = (await data.directiveList()).map((d) => d.id).filter((id) => id !== own.id);
  } else {
    if (!search) throw new SearchUnavailableError();
    const ownIndex = await data.indexOf([own]);
    const base = ownIndex.find(own.id, request.clauseId);
    if (base === undefined) throw new Error(`không có khoản "${request.clauseId}" trong văn bản "${own.id}"`);
    const ranked = await rankedDirectives(data, search, own, request.clauseId, comparedText(ownIndex, base));
    others = ranked.slice(0, FETCHED_COLUMNS);
    hidden = ranked.length - others.length;
    unexamined = table.directives - 1 - ranked.length;
  }
  const index = await data.indexOf([own, ...(await Promise.all(others.map((id) => data.directive(id))))]);
  let view = compareClause(index, own.id, request.clauseId);
  if (hidden > 0 || unexamined > 0) view = { ...view, hiddenColumns: view.hiddenColumns + hidden, unexamined };
  return { view: request.base ? rebase(index, view, request.base) : view, index: () => Promise.resolve(index) };
}

export async function measureView(
  data: CompareData,
  request: { measure: string; base: string | null },
): Promise<ColumnsResult<MeasureComparison>> {
  const { plan, clauses } = await data.measure(request.measure);
  const view = measureFromPlan(plan);
  // Only a change of base re-scores, and needs the corpus's frequencies to: not fetched before.
  let index: Promise<AlignmentIndex> | undefined;
  const indexOnce = () => (index ??= data.indexOf(clauses));
  return { view: request.base ? rebase(await indexOnce(), view, request.base) : view, index: indexOnce };
}

export async function directivesView(data: CompareData, a: string, b: string): Promise<DirectiveComparison> {
  void data.frequencyTable(); // fetched alongside the two directives, not after them
  const index = await data.indexOf(await Promise.all([data.directive(a), data.directive(b)]));
  return compareDirectives(index, a, b);
}

export async function precedentView(
  data: CompareData,
  search: CandidateSearch | null,
  draft: string,
  options: FetchOptions & { limit?: number } = {},
): Promise<Precedent[]> {
  const limit = options.limit ?? DEFAULT_PRECEDENT_LIMIT;
  const table = await data.frequencyTable();
  let ids: string[];
  if (table.directives <= (options.fetchAllUpTo ?? FETCH_ALL_DIRECTIVES)) {
    ids = (await data.directiveList()).map((d) => d.id);
  } else {
    if (!search) throw new SearchUnavailableError();
    // Rough scores on the candidates alone, then the directives of the best `limit` fetched whole.
    const words = distinctiveWords(draft, frequenciesOf(table));
    const hits = await search(rotatedQueries(words), CANDIDATE_CLAUSES);
    const stubs = await data.indexOf(stubsOf(hits));
    const rough = roughBestPerDirective(stubs, { ...stubs.vectorize(draft), measures: [] }, -1);
    ids = byRoughScore(stubs, rough).slice(0, limit);
  }
  const index = await data.indexOf(await Promise.all(ids.map((id) => data.directive(id))));
  return findPrecedents(index, draft, { limit });
}

/**
 * Other directives by their best candidate clause's rough score (at least ROUGH_SCORE_MIN), closest
 * first: the candidates come from the search server, scored on an index of the candidates alone.
 */
async function rankedDirectives(
  data: CompareData,
  search: CandidateSearch,
  own: ComparableDirective,
  clauseId: string,
  text: string,
): Promise<string[]> {
  const words = distinctiveWords(text, frequenciesOf(await data.frequencyTable()), { leaveOut: own.province ?? '' });
  const hits = (await search(rotatedQueries(words), CANDIDATE_CLAUSES)).filter((h) => h.directive !== own.id);
  const index = await data.indexOf([own, ...stubsOf(hits)]);
  const base = index.find(own.id, clauseId)!;
  return byRoughScore(index, roughBestPerDirective(index, queryOf(index, base), index.clauses[base]!.directive));
}

/** Directive ids scoring at least ROUGH_SCORE_MIN, closest first. */
function byRoughScore(index: AlignmentIndex, best: Map<number, number>): string[] {
  return [...best]
    .filter(([, score]) => score >= ROUGH_SCORE_MIN)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .map(([d]) => index.directives[d]!.id);
}

/**
 * Each directive's best score among the candidate clauses (a clause's, or a draft's: `skip` -1),
 * every one scored exactly. Not the
 * engine's bestPerDirective: its first pass skips features held by more than 64 passages as too
 * common to tell clauses apart, which on the whole corpus they are; but the candidates were brought
 * up by those very words, and when a clause is copied across a hundred directives (as at 5,000
 * synthetic directives) every word of it is in every candidate, and nothing was left to rank. A
 * few hundred candidate clauses cost a few milliseconds to score exactly.
 */
function roughBestPerDirective(index: AlignmentIndex, query: ClauseVectors, skip: number): Map<number, number> {
  const best = new Map<number, number>();
  index.clauses.forEach((clause, i) => {
    if (clause.heading || clause.directive === skip) return;
    const { score } = scoreClause(index, query, i);
    if (score > (best.get(clause.directive) ?? 0)) best.set(clause.directive, score);
  });
  return best;
}

/**
 * The candidates as directives holding only those clauses, for rough scores: without their lead-ins
 * and sub-clauses, a short point or a heading scores a little off, which the exact alignment of the
 * fetched directives then corrects.
 */
function stubsOf(hits: readonly CandidateClause[]): ComparableDirective[] {
  const byDirective = new Map<string, ComparableDirective>();
  for (const hit of hits) {
    let stub = byDirective.get(hit.directive);
    if (!stub) {
      stub = {
        id: hit.directive,
        provinceId: null,
        province: null,
        date: null,
        title: '',
        documentCitation: '',
        synthetic: false,
        clauses: [],
      };
      byDirective.set(hit.directive, stub);
    }
    if (stub.clauses.some((c) => c.id === hit.clauseId)) continue;
    stub.clauses.push({
      id: hit.clauseId,
      kind: 'paragraph',
      parentId: null,
      text: hit.text,
      leadIn: null,
      measures: hit.measures,
      cues: [],
      locator: '',
      hasChildren: false,
    });
  }
  return [...byDirective.values()];
}
