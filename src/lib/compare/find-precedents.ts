/**
 * The precedent finder: a sentence of a draft in, the closest clauses of the corpus out, best first,
 * each with a citation ready to copy. The draft is read like a clause (passages, folded syllables);
 * it has no measure tags, so it is matched on wording alone. Synthetic directives are never offered
 * as precedents.
 */
import { findMatches } from './candidates.ts';
import { clauseRef } from './clause-refs.ts';
import { round } from './compare-clause.ts';
import { indexOf, type CorpusInput } from './corpus-input.ts';
import { COMPARABLE_MIN } from './labels.ts';
import type { Precedent } from './types.ts';

export const DEFAULT_PRECEDENT_LIMIT = 10;

export interface PrecedentOptions {
  limit?: number;
  /** Lowest score returned; COMPARABLE_MIN by default. */
  minScore?: number;
}

export function findPrecedents(corpus: CorpusInput, text: string, options: PrecedentOptions = {}): Precedent[] {
  const index = indexOf(corpus);
  const query = { ...index.vectorize(text), measures: [] };
  const minScore = options.minScore ?? COMPARABLE_MIN;
  return findMatches(index, query, {
    accept: (clause) => !index.directives[index.clauses[clause]!.directive]!.synthetic,
  })
    .filter((match) => match.score >= minScore)
    .sort((x, y) => y.score - x.score || x.clause - y.clause)
    .slice(0, options.limit ?? DEFAULT_PRECEDENT_LIMIT)
    .map((match) => {
      const ref = clauseRef(index, match.clause);
      return {
        directive: ref.directive.id,
        province: ref.directive.province,
        date: ref.directive.date,
        clauseId: ref.clauseId,
        text: ref.text,
        score: round(match.score),
        citation: ref.citation,
      };
    });
}
