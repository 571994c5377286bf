/**
 * The clause list is flat, in document order, each clause naming its parent; the directive page
 * shows it as a tree (nested lists), so a child's lead-in is read once, in its parent.
 */
import type { Clause } from '../directive/schema.ts';

export interface ClauseNode {
  clause: Clause;
  children: ClauseNode[];
}

export function clauseTree(clauses: readonly Clause[]): ClauseNode[] {
  const roots: ClauseNode[] = [];
  const byId = new Map<string, ClauseNode>();
  for (const clause of clauses) {
    const node: ClauseNode = { clause, children: [] };
    byId.set(clause.id, node);
    const parent = clause.parentId === null ? undefined : byId.get(clause.parentId);
    // A parent missing from the list would be a parser bug; the clause is still shown, at the top.
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
