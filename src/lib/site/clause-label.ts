/**
 * How a clause is named on the pages and in clauses.csv: "Mục 3", "Điểm b, Mục 3",
 * "Gạch đầu dòng thứ 2, Mục 3" — the locator part of its citation (directive/clause-citation.ts).
 */
import { locateClause } from '../directive/clause-citation.ts';
import type { Clause } from '../directive/schema.ts';

export const clauseLabel = (clause: Clause, clauses: readonly Clause[]): string => locateClause(clauses, clause.id);
