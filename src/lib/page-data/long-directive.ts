/**
 * What a directive's page shows of a very long directive. A 2 MB text took the build from 10 s to
 * 64 s and a 20 MB one over 8 minutes (issue 12): its page showed every clause, each with its copy
 * buttons, and the whole original text. The page shows the clauses up to a budget of characters and
 * the original text up to another, says what it left out, and links to the whole: the directive's
 * text file and JSON under /du-lieu/van-ban/. Together the budgets keep the page under 300 KB of HTML
 * (50 clauses ~200 KB, original ~40 KB, preamble and closing ~27 KB, the rest ~15 KB).
 */
import type { Clause, Directive } from '../directive/schema.ts';

/** Characters of clause text a page shows (about 20 printed pages). */
export const CLAUSE_CHARS = 30_000;
/**
 * At most this many clauses: each brings its anchor, label, measure tags and citation buttons,
 * 3–4 KB of HTML besides its text (measured on the synthetic corpus), so 50 clauses are ~200 KB.
 */
export const MAX_CLAUSES = 50;
/** Characters of the original text a page shows in its "Văn bản gốc" box (~40 KB of UTF-8). */
export const ORIGINAL_CHARS = 30_000;
/**
 * Characters of the preamble and of the closing: a text whose clauses the parser could not find is
 * all preamble, and a 20 MB one would otherwise be a 20 MB page.
 */
export const PROSE_CHARS = 10_000;
/** Cited documents listed: a long text can name thousands. */
export const MAX_CITATIONS = 100;
/**
 * Directives listed as citing this one. A number every province reuses ("07-CT/TU") is cited by
 * hundreds of directives in a large corpus: the list of all of them made a 26-clause directive's page
 * 468 KB at 5,000 directives (issue 18). The rest are counted, and one search away.
 */
export const MAX_CITED_BY = 50;

/** The first MAX_CITED_BY of the directives citing this one, and how many more there are. */
export function citersShown<T>(citers: readonly T[]): { shown: T[]; omitted: number } {
  return { shown: citers.slice(0, MAX_CITED_BY), omitted: Math.max(0, citers.length - MAX_CITED_BY) };
}

export interface PageContent {
  /** The clauses the page shows: the first ones, in order, so every parent comes before its children. */
  clauses: Clause[];
  /** How many were left out. */
  clausesOmitted: number;
  original: string;
  /** Whether the original text was cut. */
  originalCut: boolean;
  preamble: string;
  closing: string;
  citations: Directive['citations'];
  /** Whether anything at all was left out: the page then says so and links to the whole. */
  cut: boolean;
}

export function pageContent(
  d: Pick<Directive, 'clauses' | 'text' | 'preamble' | 'closing' | 'citations'>,
): PageContent {
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
  const clausesOmitted = d.clauses.length - shown;
  return {
    clauses,
    clausesOmitted,
    original: cut(d.text.original, ORIGINAL_CHARS),
    originalCut,
    preamble: cut(d.preamble, PROSE_CHARS),
    closing: cut(d.closing, PROSE_CHARS),
    citations: d.citations.slice(0, MAX_CITATIONS),
    cut:
      clausesOmitted > 0 ||
      originalCut ||
      d.preamble.length > PROSE_CHARS ||
      d.closing.length > PROSE_CHARS ||
      d.citations.length > MAX_CITATIONS ||
      clauses[0] !== d.clauses[0],
  };
}

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);
