/**
 * Which clauses of the corpus are close to a query clause, without scoring the whole corpus:
 * 1. Walk the postings of the query's features, skipping features so common (more than
 *    STOP_FEATURE_SHARE of all passages) that they cannot tell clauses apart, and add up the
 *    weight each passage shares with the query.
 * 2. Score the clauses of those passages exactly (similarity.ts). On a large corpus only the
 *    RESCORE_PER_DIRECTIVE most promising clauses of each directive are scored exactly.
 * The work is the length of the postings read plus the exact scores, not the size of the corpus.
 */
import type { AlignmentIndex } from './alignment-index.ts';
import { scoreClause, type ClauseScore, type ClauseVectors } from './similarity.ts';

export const STOP_FEATURE_SHARE = 0.05;
/** Below this many passages a feature is never too common to use (small corpora, the seeds). */
export const MIN_STOP_POSTINGS = 64;
/** Up to this many candidate clauses, every one is scored exactly. */
export const EXACT_CANDIDATES = 4000;
export const RESCORE_PER_DIRECTIVE = 4;

export interface Match extends ClauseScore {
  clause: number;
}

export interface CandidateOptions {
  /** Leave out this directive's clauses (a clause is not compared with its own directive). */
  skipDirective?: number;
  /** Keep only clauses this accepts. */
  accept?: (clause: number) => boolean;
}

/** Every candidate clause with its exact score (headings never match). */
export function findMatches(index: AlignmentIndex, query: ClauseVectors, options: CandidateOptions = {}): Match[] {
  const approx = approximateScores(index, query);
  const eligible = [...approx.entries()].filter(([clause]) => {
    const indexed = index.clauses[clause]!;
    return !indexed.heading && indexed.directive !== options.skipDirective && (options.accept?.(clause) ?? true);
  });
  const chosen = eligible.length <= EXACT_CANDIDATES ? eligible : mostPromising(index, eligible);
  return chosen.map(([clause]) => ({ clause, ...scoreClause(index, query, clause) })).filter((m) => m.score > 0);
}

/** The best match in each directive, by directive index. */
export function bestPerDirective(
  index: AlignmentIndex,
  query: ClauseVectors,
  options: CandidateOptions = {},
): Map<number, Match> {
  const best = new Map<number, Match>();
  for (const match of findMatches(index, query, options)) {
    const directive = index.clauses[match.clause]!.directive;
    const current = best.get(directive);
    if (!current || match.score > current.score || (match.score === current.score && match.clause < current.clause))
      best.set(directive, match);
  }
  return best;
}

/** Clause → the largest share of one of its passages' weight that the query has too. */
function approximateScores(index: AlignmentIndex, query: ClauseVectors): Map<number, number> {
  const limit = Math.max(MIN_STOP_POSTINGS, Math.ceil(STOP_FEATURE_SHARE * index.passages.length));
  const shared = new Map<number, number>();
  for (const feature of query.vector.ids) {
    const postings = index.postings(feature);
    if (postings.length > limit) continue;
    const weight = index.weight2[feature]!;
    for (const passage of postings) shared.set(passage, (shared.get(passage) ?? 0) + weight);
  }
  const byClause = new Map<number, number>();
  for (const [p, weight] of shared) {
    const passage = index.passages[p]!;
    const share = weight / (passage.vector.norm * passage.vector.norm || 1);
    if (share > (byClause.get(passage.clause) ?? 0)) byClause.set(passage.clause, share);
  }
  return byClause;
}

function mostPromising(index: AlignmentIndex, eligible: Array<[number, number]>): Array<[number, number]> {
  const byDirective = new Map<number, Array<[number, number]>>();
  for (const entry of eligible) {
    const directive = index.clauses[entry[0]]!.directive;
    const list = byDirective.get(directive) ?? [];
    list.push(entry);
    byDirective.set(directive, list);
  }
  return [...byDirective.values()].flatMap((list) => list.sort((a, b) => b[1] - a[1]).slice(0, RESCORE_PER_DIRECTIVE));
}
