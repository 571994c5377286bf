/**
 * What the comparison needs of a directive, flattened to plain JSON: the page embeds this for the
 * island (a few kilobytes a directive instead of the whole parse with its provenance and texts),
 * and the engine reads nothing else. Browser-safe.
 */
import { compareDateOrder, orderDayOf } from '../directive/date-order.ts';
import type { Clause, ClauseKind, Directive } from '../directive/schema.ts';
import type { ClauseNumber } from './against-template.ts';
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
  /** The central templates it applies ("16/CT-TTg", "128/NQ-CP cấp 3"); absent when none. */
  applies?: string[];
  /** The numbers of its own words ("không quá 10 người"); absent when none. */
  parameters?: ClauseNumber[];
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
    orderDay: orderDayOf(directive),
    title: directive.documentName,
    documentCitation: directive.citation,
    synthetic: directive.synthetic,
    clauses: directive.clauses.map((clause: Clause) => ({
      ...templateFacts(clause),
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

/** What "against the template" reads (against-template.ts), left out when empty: the files stay small. */
function templateFacts(clause: Clause): Pick<ComparableClause, 'applies' | 'parameters'> {
  const applies = [...new Set((clause.implied ?? []).map((hit) => hit.by))];
  const parameters = clause.parameters.flatMap((p) =>
    p.provenance === 'extracted' ? [{ kind: p.kind, value: p.value, unit: p.unit, text: p.text }] : [],
  );
  return { ...(applies.length > 0 ? { applies } : {}), ...(parameters.length > 0 ? { parameters } : {}) };
}

/** The heading of a column: the directive without its clauses. */
export function directiveRef(directive: ComparableDirective): DirectiveRef {
  const { id, provinceId, province, date, orderDay, title } = directive;
  return { id, provinceId, province, date, orderDay, title };
}

/** Directives in date order (directive/date-order.ts: an undated one at its earliest possible day, else last). */
export const byDate: (a: DirectiveRef, b: DirectiveRef) => number = compareDateOrder;
