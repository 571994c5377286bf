/**
 * The reader picks another column as the base: the same aligned clauses, now diffed and scored
 * against that column's clause (the old base becomes a column). Columns that had nothing
 * comparable stay empty: the alignment is the original base's, only the point of view changes.
 */
import type { AlignmentIndex } from './alignment-index.ts';
import { buildColumns, type ColumnDraft } from './columns.ts';
import { round } from './compare-clause.ts';
import { indexOf, type CorpusInput } from './corpus-input.ts';
import { labelFor } from './labels.ts';
import { clauseVectors, scoreClause } from './similarity.ts';
import type { ClauseComparison, ClauseRef, MeasureComparison } from './types.ts';

export function rebase<V extends ClauseComparison | MeasureComparison>(
  corpus: CorpusInput,
  view: V,
  directiveId: string,
): V {
  const chosen = view.columns.find((c) => c.directive.id === directiveId);
  if (!view.base || !chosen?.clause) return view;
  const index = indexOf(corpus);
  const base = chosen.clause;
  const query = clauseVectors(index, locate(index, base));
  const rescore = (clause: ClauseRef): { score: number; label: ColumnDraft['label'] } => {
    const score = scoreClause(index, query, locate(index, clause)).score;
    return {
      score: round(score),
      label: view.kind === 'measure' && labelFor(score) === 'nothing-comparable' ? 'own-wording' : labelFor(score),
    };
  };
  const drafts: ColumnDraft[] = [
    { directive: view.base.directive, clause: view.base, ...rescore(view.base) },
    ...view.columns
      .filter((c) => c !== chosen)
      .map(({ directive, clause, score, label }) =>
        clause ? { directive, clause, ...rescore(clause) } : { directive, clause, score, label },
      ),
  ];
  const { baseSegments, columns } = buildColumns(
    { text: base.text, province: base.directive.provinceId ?? base.directive.id },
    drafts,
  );
  return { ...view, base, baseSegments, columns };
}

function locate(index: AlignmentIndex, clause: ClauseRef): number {
  const found = index.find(clause.directive.id, clause.clauseId);
  if (found === undefined) throw new Error(`clause ${clause.directive.id}#${clause.clauseId} is not in this corpus`);
  return found;
}
