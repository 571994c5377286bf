/**
 * What a directive's page shows of a very long directive. A 2 MB text took the build from 10 s to
 * 64 s and a 20 MB one over 8 minutes (issue 12): its page showed every clause, each with its copy
 * buttons, and the whole original text. The page shows the clauses up to a budget of characters and
 * the original text up to another, says what it left out, and links to the whole: the directive's
 * text file and JSON under /du-lieu/van-ban/. Both budgets keep the page under 300 KB of HTML.
 */
import type { Clause, Directive } from '../directive/schema.ts';

/** Characters of clause text a page shows (about 45 pages of a printed directive). */
export const CLAUSE_CHARS = 60_000;
/** At most this many clauses: each brings its anchor, label, measure tags and citation buttons. */
export const MAX_CLAUSES = 150;
/** Characters of the original text a page shows in its "Văn bản gốc" box. */
export const ORIGINAL_CHARS = 40_000;

export interface PageContent {
  /** The clauses the page shows: the first ones, in order, so every parent comes before its children. */
  clauses: Clause[];
  /** How many were left out. */
  clausesOmitted: number;
  original: string;
  /** Whether the original text was cut. */
  originalCut: boolean;
}

export function pageContent(d: Pick<Directive, 'clauses' | 'text'>): PageContent {
  let chars = 0;
  let shown = 0;
  for (const clause of d.clauses) {
    if (shown >= MAX_CLAUSES || (shown > 0 && chars + clause.text.length > CLAUSE_CHARS)) break;
    chars += clause.text.length;
    shown++;
  }
  const clauses = d.clauses.slice(0, shown);
  // A single clause longer than the budget is shown cut, rather than not at all.
  const first = clauses[0];
  if (first && first.text.length > CLAUSE_CHARS)
    clauses[0] = { ...first, text: `${first.text.slice(0, CLAUSE_CHARS)}…` };
  const originalCut = d.text.original.length > ORIGINAL_CHARS;
  return {
    clauses,
    clausesOmitted: d.clauses.length - shown,
    original: originalCut ? `${d.text.original.slice(0, ORIGINAL_CHARS)}…` : d.text.original,
    originalCut,
  };
}
