/**
 * What the comparison needs of a directive, flattened to plain JSON: the page embeds this for the
 * island (a few kilobytes a directive instead of the whole parse with its provenance and texts),
 * and the engine reads nothing else. Browser-safe.
 */
import type { Clause, ClauseKind, Directive } from '../directive/schema.ts';
import type { DirectiveRef } from './types.ts';

export interface ComparableClause {
  id: string;
  kind: ClauseKind;
  parentId: string | null;
  text: string;
  /** The parent's lead-in ("Giao Công an tỉnh"), for a short child that needs it. */
  leadIn: string | null;
  measures: string[];
  /** Where each measure's cue phrase stands in `text` (to tell which passage orders what). */
  cues: Array<{ measure: string; start: number; end: number }>;
  /** Where the clause stands: "Điểm b, Mục 9" (the clause's stored label). */
  locator: string;
  /** Whether other clauses hang under this one. */
  hasChildren: boolean;
}

export interface ComparableDirective extends DirectiveRef {
  /** "Chỉ thị số 07-CT/TU ngày 07/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An" (the directive's stored citation). */
  documentCitation: string;
  synthetic: boolean;
  clauses: ComparableClause[];
}

export function toComparable(directive: Directive): ComparableDirective {
  const parents = new Set(directive.clauses.map((c) => c.parentId).filter((id) => id !== null));
  return {
    id: directive.id,
    provinceId: directive.province?.value.id ?? null,
    province: directive.province?.value.name ?? null,
    date: directive.date?.value ?? null,
    title: directive.documentName,
    documentCitation: directive.citation,
    synthetic: directive.synthetic,
    clauses: directive.clauses.map((clause: Clause) => ({
      id: clause.id,
      kind: clause.kind,
      parentId: clause.parentId,
      text: clause.text,
      leadIn: clause.leadIn,
      measures: clause.measures,
      cues: clause.cues.map(({ measure, start, end }) => ({ measure, start, end })),
      locator: clause.label,
      hasChildren: parents.has(clause.id),
    })),
  };
}

/** The heading of a column: the directive without its clauses. */
export function directiveRef(directive: ComparableDirective): DirectiveRef {
  const { id, provinceId, province, date, title } = directive;
  return { id, provinceId, province, date, title };
}

/** Directives in date order, undated last, then by id (the order of a side-by-side view). */
export function byDate(a: DirectiveRef, b: DirectiveRef): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
