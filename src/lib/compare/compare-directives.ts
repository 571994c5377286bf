/**
 * "Compare Thanh Hóa 329-CV/TU with Nghệ An 07-CT/TU": clause pairs, the clauses of each without a
 * counterpart, and an overall similarity.
 * - Pairs are one-to-one, taken greedily from the highest score down while at least COMPARABLE_MIN,
 *   so a long clause is not shown beside every clause it touches; pairs are listed in A's order.
 * - Similarity: for each clause, its best score in the other directive, averaged with the clauses'
 *   lengths in syllables as weights (a one-line bullet counts less than a long item), in each
 *   direction; the result is the mean of the two directions.
 */
import type { AlignmentIndex } from './alignment-index.ts';
import { clauseRef } from './clause-refs.ts';
import { directiveRef } from './comparable.ts';
import { round } from './compare-clause.ts';
import { ComparisonInputError, indexOf, type CorpusInput } from './corpus-input.ts';
import { toDiffText } from './diff-text.ts';
import { COMPARABLE_MIN, labelFor } from './labels.ts';
import { sharedPhraseMasks } from './shared-phrases.ts';
import { clauseVectors, scoreClause } from './similarity.ts';
import { diffSegments } from './syllable-diff.ts';
import type { AlignedPair, DirectiveComparison } from './types.ts';

export function compareDirectives(corpus: CorpusInput, a: string, b: string): DirectiveComparison {
  const index = indexOf(corpus);
  const clausesA = clausesOf(index, a);
  const clausesB = clausesOf(index, b);
  const scores = clausesA.map((x) => {
    const query = clauseVectors(index, x);
    return clausesB.map((y) => scoreClause(index, query, y).score);
  });
  const pairs = greedyPairs(scores);
  const pairedA = new Set(pairs.map(([i]) => i));
  const pairedB = new Set(pairs.map(([, j]) => j));
  return {
    kind: 'directives',
    a: directiveRef(index.directives[directiveIndex(index, a)]!),
    b: directiveRef(index.directives[directiveIndex(index, b)]!),
    pairs: pairs
      .sort(([i], [j]) => i - j)
      .map(([i, j]) => alignedPair(index, clausesA[i]!, clausesB[j]!, scores[i]![j]!)),
    onlyInA: clausesA.filter((_, i) => !pairedA.has(i)).map((c) => clauseRef(index, c)),
    onlyInB: clausesB.filter((_, j) => !pairedB.has(j)).map((c) => clauseRef(index, c)),
    similarity: round(
      (directional(index, clausesA, scores) + directional(index, clausesB, transpose(scores, clausesB.length))) / 2,
    ),
  };
}

function directiveIndex(index: AlignmentIndex, id: string): number {
  const d = index.directives.findIndex((x) => x.id === id);
  if (d < 0) throw new ComparisonInputError(`no directive "${id}"`);
  return d;
}

/** A directive's clauses that carry instructions (headings left out). */
function clausesOf(index: AlignmentIndex, id: string): number[] {
  const d = directiveIndex(index, id);
  return index.clauses.flatMap((c, i) => (c.directive === d && !c.heading ? [i] : []));
}

function greedyPairs(scores: number[][]): Array<[number, number]> {
  const cells = scores.flatMap((row, i) => row.map((s, j): [number, number, number] => [i, j, s]));
  cells.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [i, j, s] of cells) {
    if (s < COMPARABLE_MIN) break;
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

function alignedPair(index: AlignmentIndex, a: number, b: number, score: number): AlignedPair {
  const refA = clauseRef(index, a);
  const refB = clauseRef(index, b);
  const textA = toDiffText(refA.text);
  const textB = toDiffText(refB.text);
  const [maskA, maskB] = sharedPhraseMasks([
    { province: refA.directive.provinceId ?? refA.directive.id, text: textA },
    { province: refB.directive.provinceId ?? refB.directive.id, text: textB },
  ]);
  return {
    a: refA,
    b: refB,
    score: round(score),
    label: labelFor(score),
    segments: diffSegments(textA, textB, { base: maskA!, other: maskB! }),
  };
}

function directional(index: AlignmentIndex, clauses: readonly number[], scores: number[][]): number {
  let weighted = 0;
  let total = 0;
  clauses.forEach((clause, i) => {
    const weight = index.clauses[clause]!.syllables;
    weighted += weight * Math.max(0, ...(scores[i] ?? []));
    total += weight;
  });
  return total === 0 ? 0 : weighted / total;
}

function transpose(m: number[][], columns: number): number[][] {
  return Array.from({ length: columns }, (_, j) => m.map((row) => row[j]!));
}
