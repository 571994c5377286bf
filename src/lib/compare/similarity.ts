/**
 * How close two clauses are, 0–1: the wording, nudged by the measures they order.
 *
 * Wording is the larger of
 * - the cosine of the whole clauses (two clauses worded alike throughout), and
 * - the best cosine between one passage of each, discounted by PASSAGE_DISCOUNT: the clauses share
 *   one instruction, worded alike, among others they do not share (Hưng Yên's item 1 and Nghệ An's
 *   "tiêm vắc-xin" bullet share the vaccination order only).
 * Measures add up to MEASURE_AGREEMENT_BONUS times the Jaccard overlap of the two clauses' measure
 * tags. The tagger reads meaning-bearing phrases ("cách ly tập trung", "nhu yếu phẩm"), so two
 * clauses ordering the same measures in different words are likelier to give the same instruction;
 * the bonus is below COMPARABLE_MIN (labels.ts), so it breaks ties and lifts own wording but never
 * makes two clauses comparable by itself. On the labelled seed pairs it lifts recall at the same
 * precision (see the quality test). A free-text query (the precedent finder) has no tags and is
 * judged on wording alone.
 */
import { cosine, type AlignmentIndex, type SparseVector } from './alignment-index.ts';

/** A shared passage counts for a little less than a shared clause. */
export const PASSAGE_DISCOUNT = 0.9;
export const MEASURE_AGREEMENT_BONUS = 0.1;

/** A clause (indexed or not) as the scorer reads it. */
export interface ClauseVectors {
  vector: SparseVector;
  passages: SparseVector[];
  /** Measure ids; empty for a text that was not tagged. */
  measures: readonly string[];
}

export interface ClauseScore {
  score: number;
  /** The other clause's passage that matched best, as offsets in its text; null if none did. */
  passage: { start: number; end: number } | null;
}

export function clauseVectors(index: AlignmentIndex, clause: number): ClauseVectors {
  const indexed = index.clauses[clause]!;
  return {
    vector: indexed.vector,
    passages: indexed.passages.map((p) => index.passages[p]!.vector),
    measures: indexed.clause.measures,
  };
}

export function scoreClause(index: AlignmentIndex, query: ClauseVectors, clause: number): ClauseScore {
  const indexed = index.clauses[clause]!;
  const whole = cosine(query.vector, indexed.vector, index.weight2);
  let best = 0;
  let bestPassage: number | null = null;
  for (const p of indexed.passages) {
    const other = index.passages[p]!;
    for (const mine of query.passages) {
      const s = cosine(mine, other.vector, index.weight2);
      if (s > best) {
        best = s;
        bestPassage = p;
      }
    }
  }
  const wording = Math.max(whole, best * PASSAGE_DISCOUNT);
  const bonus = MEASURE_AGREEMENT_BONUS * jaccard(query.measures, indexed.clause.measures);
  const passage =
    bestPassage === null ? null : { start: index.passages[bestPassage]!.start, end: index.passages[bestPassage]!.end };
  return { score: wording > 0 ? Math.min(1, wording + bonus) : 0, passage };
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Set(a);
  const shared = b.filter((m) => left.has(m)).length;
  return shared / (left.size + b.length - shared);
}
