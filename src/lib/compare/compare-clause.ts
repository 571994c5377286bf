/**
 * "Compare this clause": the base clause and, for every other directive in date order, its closest
 * clause with a score and a label, diffed against the base. A directive whose closest clause scores
 * below COMPARABLE_MIN gets an empty column labelled "nothing comparable".
 * At scale only the closest MAX_SHOWN_COLUMNS comparable columns are diffed (shown-columns.ts).
 * A heading ("9. Giao Công an tỉnh", whose points a–d carry the instructions) is compared as its
 * whole section.
 */
import type { AlignmentIndex } from './alignment-index.ts';
import { bestPerDirective } from './candidates.ts';
import { clauseRef, comparedMeasures, comparedText } from './clause-refs.ts';
import { buildColumns, type ColumnDraft } from './columns.ts';
import { byDate, directiveRef } from './comparable.ts';
import { ComparisonInputError, indexOf, type CorpusInput } from './corpus-input.ts';
import { labelFor } from './labels.ts';
import { MAX_SHOWN_COLUMNS, shownColumns } from './shown-columns.ts';
import { clauseVectors, type ClauseVectors } from './similarity.ts';
import type { ClauseComparison } from './types.ts';

export interface CompareClauseOptions {
  /** Only these directives' columns (ids); all others by default. */
  directives?: readonly string[];
  /** Leave synthetic directives out (default: yes, unless the base itself is synthetic). */
  skipSynthetic?: boolean;
  /** At most this many comparable columns are diffed and shown (default MAX_SHOWN_COLUMNS). */
  maxColumns?: number;
}

export function compareClause(
  corpus: CorpusInput,
  directiveId: string,
  clauseId: string,
  options: CompareClauseOptions = {},
): ClauseComparison {
  const index = indexOf(corpus);
  const base = index.find(directiveId, clauseId);
  if (base === undefined) throw new ComparisonInputError(`no clause "${clauseId}" in directive "${directiveId}"`);
  const baseDirective = index.clauses[base]!.directive;
  const skipSynthetic = options.skipSynthetic ?? !index.directives[baseDirective]!.synthetic;
  const best = bestPerDirective(index, queryOf(index, base), { skipDirective: baseDirective });
  const wanted = options.directives ? new Set(options.directives) : null;
  const drafts = index.directives
    .map((directive, d) => ({ directive, d }))
    .filter(({ directive, d }) => d !== baseDirective && (!wanted || wanted.has(directive.id)))
    .filter(({ directive }) => !(skipSynthetic && directive.synthetic))
    .sort((x, y) => byDate(x.directive, y.directive))
    .map(({ directive, d }): ColumnDraft => {
      const match = best.get(d);
      const score = match?.score ?? 0;
      const label = labelFor(score);
      const clause = match && label !== 'nothing-comparable' ? clauseRef(index, match.clause) : null;
      return { directive: directiveRef(directive), clause, score: round(score), label };
    });
  const { shown, hidden } = shownColumns(drafts, options.maxColumns ?? MAX_SHOWN_COLUMNS);
  const ref = clauseRef(index, base);
  const { baseSegments, columns } = buildColumns(
    { text: comparedText(index, base), province: ref.directive.provinceId ?? ref.directive.id },
    shown,
  );
  return { kind: 'clause', base: ref, baseSegments, columns, hiddenColumns: hidden };
}

/** The base as a query: its own vectors, or for a heading, its section's. */
export function queryOf(index: AlignmentIndex, clause: number): ClauseVectors {
  if (!index.clauses[clause]!.heading) return clauseVectors(index, clause);
  return { ...index.vectorize(comparedText(index, clause)), measures: comparedMeasures(index, clause) };
}

/** Scores as the JSON shows them: three decimals. */
export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
