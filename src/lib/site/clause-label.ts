/**
 * How a clause is named on the pages and in clauses.csv: "Mục 3", "Điểm b, Mục 3",
 * "Gạch đầu dòng thứ 2, Mục 3" — the locator part of its citation (directive/clause-citation.ts).
 */
import { locateClause } from '../directive/clause-citation.ts';
import type { Clause } from '../directive/schema.ts';

export const clauseLabel = (clause: Clause, clauses: readonly Clause[]): string => locateClause(clauses, clause.id);

/**
 * The same names for every clause of one directive, in time linear in its clauses: locateClause
 * indexes the list it is given on every call, so each call gets only the clause and its ancestors
 * (a directive of 20,000 clauses would otherwise cost 400 million steps).
 */
export function clauseLabeller(clauses: readonly Clause[]): (clause: Clause) => string {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  return (clause) => {
    const chain: Clause[] = [];
    for (
      let c: Clause | undefined = clause;
      c && chain.length < 64;
      c = c.parentId ? byId.get(c.parentId) : undefined
    ) {
      chain.push(c);
    }
    return locateClause(chain, clause.id);
  };
}
