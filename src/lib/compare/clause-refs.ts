/** Turning indexed clauses into the plain references the views return. */
import { citeClause } from '../directive/clause-citation.ts';
import type { AlignmentIndex } from './alignment-index.ts';
import { directiveRef } from './comparable.ts';
import type { ClauseRef } from './types.ts';

export function clauseRef(index: AlignmentIndex, clause: number): ClauseRef {
  const indexed = index.clauses[clause]!;
  const directive = index.directives[indexed.directive]!;
  return {
    directive: directiveRef(directive),
    clauseId: indexed.clause.id,
    text: indexed.clause.text,
    measures: indexed.clause.measures,
    locator: indexed.clause.locator,
    citation: citeClause(indexed.clause.locator, directive.documentCitation),
    ...(indexed.clause.applies ? { applies: indexed.clause.applies } : {}),
    ...(indexed.clause.parameters ? { parameters: indexed.clause.parameters } : {}),
  };
}

/** The text a clause is compared by: a heading stands for its whole section (its text and its children's). */
export function comparedText(index: AlignmentIndex, clause: number): string {
  const indexed = index.clauses[clause]!;
  if (!indexed.heading) return indexed.clause.text;
  const directive = index.directives[indexed.directive]!;
  const children = directive.clauses.filter((c) => c.parentId === indexed.clause.id).map((c) => c.text);
  return [indexed.clause.text, ...children].join('\n');
}

/** The measures of a heading's section, or of the clause. */
export function comparedMeasures(index: AlignmentIndex, clause: number): string[] {
  const indexed = index.clauses[clause]!;
  if (!indexed.heading) return indexed.clause.measures;
  const directive = index.directives[indexed.directive]!;
  const children = directive.clauses.filter((c) => c.parentId === indexed.clause.id);
  return [...new Set(children.flatMap((c) => c.measures))];
}
