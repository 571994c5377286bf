/**
 * "All clauses on masks": one column per directive that orders the measure, each holding that
 * directive's clause closest to the base. The base is the reader's choice, or else the most central
 * clause: the one whose best matches in the other directives add up highest (the wording the others
 * are closest to, often the one copied from a central text). Every column's clause orders the
 * measure, so none is labelled "nothing comparable": at worst it is the province's own wording.
 */
import type { AlignmentIndex } from './alignment-index.ts';
import { clauseRef } from './clause-refs.ts';
import { buildColumns, type ColumnDraft } from './columns.ts';
import { byDate, directiveRef } from './comparable.ts';
import { round } from './compare-clause.ts';
import { ComparisonInputError, indexOf, type CorpusInput } from './corpus-input.ts';
import { labelFor } from './labels.ts';
import { MAX_SHOWN_COLUMNS, shownColumns } from './shown-columns.ts';
import { clauseVectors, scoreClause, type ClauseVectors } from './similarity.ts';
import type { ClauseRef, ComparisonLabel, DirectiveRef, MeasureComparison } from './types.ts';

/** At most this many clauses are tried as the central one. */
export const MAX_BASE_CANDIDATES = 60;
/**
 * Trying a candidate scores it against every clause on the measure, so candidates × clauses is the
 * cost: past this many scores, fewer candidates are tried — the seeds' ~20 clauses try them all;
 * 6,000 clauses at 5,000 directives try 3 (`npm run bench compare` prints the view's time).
 */
const CENTRAL_SCORE_BUDGET = 10_000;
const MIN_BASE_CANDIDATES = 3;

export interface CompareMeasureOptions {
  base?: { directive: string; clauseId: string };
  /** Leave synthetic directives out (default: yes). */
  skipSynthetic?: boolean;
  /** At most this many columns are diffed and shown (default MAX_SHOWN_COLUMNS). */
  maxColumns?: number;
}

/**
 * The measure view before its diffs: which clause is the base and which clause of each directive
 * stands beside it. The site computes this when it is built (it needs the whole corpus); the
 * browser diffs only what is shown (measureFromPlan).
 */
export interface MeasurePlan {
  kind: 'measure';
  measure: string;
  base: ClauseRef | null;
  /** The columns to show, in date order, without their diffs. */
  drafts: ColumnDraft[];
  hiddenColumns: number;
  absent: DirectiveRef[];
  moreAbsent?: number;
}

export function compareMeasure(
  corpus: CorpusInput,
  measureId: string,
  options: CompareMeasureOptions = {},
): MeasureComparison {
  return measureFromPlan(planMeasure(corpus, measureId, options));
}

/** Diffs a plan's columns against its base. */
export function measureFromPlan(plan: MeasurePlan): MeasureComparison {
  const { measure, base, drafts, hiddenColumns, absent } = plan;
  const more = plan.moreAbsent ? { moreAbsent: plan.moreAbsent } : {};
  if (base === null)
    return { kind: 'measure', measure, base, baseSegments: [], columns: [], hiddenColumns, absent, ...more };
  const { baseSegments, columns } = buildColumns(
    { text: base.text, province: base.directive.provinceId ?? base.directive.id },
    drafts,
  );
  return { kind: 'measure', measure, base, baseSegments, columns, hiddenColumns, absent, ...more };
}

export function planMeasure(corpus: CorpusInput, measureId: string, options: CompareMeasureOptions = {}): MeasurePlan {
  const index = indexOf(corpus);
  const skipSynthetic = options.skipSynthetic ?? true;
  const byDirective = new Map<number, number[]>();
  index.clauses.forEach((c, i) => {
    if (c.heading || !c.clause.measures.includes(measureId)) return;
    if (skipSynthetic && index.directives[c.directive]!.synthetic) return;
    byDirective.set(c.directive, [...(byDirective.get(c.directive) ?? []), i]);
  });
  const absent = index.directives
    .filter((d, i) => !byDirective.has(i) && !(skipSynthetic && d.synthetic))
    .map(directiveRef)
    .sort(byDate);
  const base = options.base ? requireClause(index, options.base) : centralClause(index, byDirective);
  if (base === null) return { kind: 'measure', measure: measureId, base: null, drafts: [], hiddenColumns: 0, absent };

  const baseDirective = index.clauses[base]!.directive;
  const query = clauseVectors(index, base);
  const drafts = [...byDirective.entries()]
    .filter(([d]) => d !== baseDirective)
    .map(([d, clauses]): ColumnDraft => {
      const [clause, score] = bestOf(index, query, clauses);
      return {
        directive: directiveRef(index.directives[d]!),
        clause: clauseRef(index, clause),
        score: round(score),
        label: measureLabel(score),
      };
    })
    .sort((x, y) => byDate(x.directive, y.directive));
  const { shown, hidden } = shownColumns(drafts, options.maxColumns ?? MAX_SHOWN_COLUMNS);
  return {
    kind: 'measure',
    measure: measureId,
    base: clauseRef(index, base),
    drafts: shown,
    hiddenColumns: hidden,
    absent,
  };
}

/** A clause that orders the measure is at least the province's own wording on it. */
export function measureLabel(score: number): ComparisonLabel {
  const label = labelFor(score);
  return label === 'nothing-comparable' ? 'own-wording' : label;
}

function requireClause(index: AlignmentIndex, ref: { directive: string; clauseId: string }): number {
  const clause = index.find(ref.directive, ref.clauseId);
  if (clause === undefined)
    throw new ComparisonInputError(`no clause "${ref.clauseId}" in directive "${ref.directive}"`);
  return clause;
}

function bestOf(index: AlignmentIndex, query: ClauseVectors, clauses: readonly number[]): [number, number] {
  let best: [number, number] = [clauses[0]!, -1];
  for (const clause of clauses) {
    const { score } = scoreClause(index, query, clause);
    if (score > best[1]) best = [clause, score];
  }
  return best;
}

function centralClause(index: AlignmentIndex, byDirective: ReadonlyMap<number, number[]>): number | null {
  const all = [...byDirective.values()].flat();
  if (all.length === 0) return null;
  const tries = Math.min(
    all.length,
    MAX_BASE_CANDIDATES,
    Math.max(MIN_BASE_CANDIDATES, Math.floor(CENTRAL_SCORE_BUDGET / all.length)),
  );
  const candidates = tries === all.length ? all : nearestToCentroid(index, all, tries);
  let best: [number, number] = [candidates[0]!, -1];
  for (const clause of candidates) {
    const query = clauseVectors(index, clause);
    const own = index.clauses[clause]!.directive;
    let total = 0;
    for (const [d, clauses] of byDirective) if (d !== own) total += bestOf(index, query, clauses)[1];
    if (total > best[1]) best = [clause, total];
  }
  return best[0];
}

/**
 * The `count` clauses closest to the centroid of `clauses` (idf-weighted, cosine up to a constant):
 * a linear pass that finds the likely central wordings, which are then tried exactly.
 */
function nearestToCentroid(index: AlignmentIndex, clauses: readonly number[], count: number): number[] {
  const centroid = new Float64Array(index.weight2.length);
  for (const clause of clauses) for (const id of index.clauses[clause]!.vector.ids) centroid[id]!++;
  const closeness = (clause: number) => {
    const { ids, norm } = index.clauses[clause]!.vector;
    if (norm === 0) return 0;
    let dot = 0;
    for (const id of ids) dot += centroid[id]! * index.weight2[id]!;
    return dot / norm;
  };
  return clauses
    .map((clause) => ({ clause, closeness: closeness(clause) }))
    .sort((a, b) => b.closeness - a.closeness || a.clause - b.clause)
    .slice(0, count)
    .map((c) => c.clause);
}
