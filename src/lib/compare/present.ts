/**
 * The views as the CLI prints them: flat JSON (`chithi compare … --json`) in the shape the issue
 * fixes, `{ base, columns: [{ directive, province, date, clauseId, text, score, label }] }`, and
 * a plain-text rendering with removed runs in [-…-] and added runs in {+…+} (jsdiff's word-diff
 * convention) for reading in a terminal.
 */
import { VERDICT_TEXT, type TemplateComparison } from './against-template.ts';
import { LABEL_TEXT } from './labels.ts';
import type {
  ClauseComparison,
  ClauseRef,
  Column,
  DiffSegment,
  DirectiveComparison,
  DirectiveRef,
  MeasureComparison,
} from './types.ts';

export interface FlatColumn {
  directive: string;
  province: string | null;
  date: string | null;
  clauseId: string | null;
  text: string | null;
  score: number;
  label: string;
  citation: string | null;
  segments?: DiffSegment[];
}

export interface FlatBase {
  directive: string;
  province: string | null;
  date: string | null;
  title: string;
  clauseId: string | null;
  text: string | null;
  citation: string | null;
}

interface FlatOptions {
  segments?: boolean;
}

export function flatBase(directive: DirectiveRef, clause: ClauseRef | null): FlatBase {
  return {
    directive: directive.id,
    province: directive.province,
    date: directive.date,
    title: directive.title,
    clauseId: clause?.clauseId ?? null,
    text: clause?.text ?? null,
    citation: clause?.citation ?? null,
  };
}

export function flatColumn(column: Column, options: FlatOptions = {}): FlatColumn {
  return {
    directive: column.directive.id,
    province: column.directive.province,
    date: column.directive.date,
    clauseId: column.clause?.clauseId ?? null,
    text: column.clause?.text ?? null,
    score: column.score,
    label: column.label,
    citation: column.clause?.citation ?? null,
    ...(options.segments && { segments: column.segments }),
  };
}

export function clauseViewForJson(view: ClauseComparison | MeasureComparison, options: FlatOptions = {}) {
  const base = view.base ? flatBase(view.base.directive, view.base) : null;
  const columns = view.columns.map((c) => flatColumn(c, options));
  // The count of columns left out appears only when some were, so a small corpus's JSON is unchanged.
  const hidden = view.hiddenColumns > 0 ? { hiddenColumns: view.hiddenColumns } : {};
  if (view.kind === 'clause') return { base, columns, ...hidden };
  return { measure: view.measure, base, columns, ...hidden, absent: view.absent.map((d) => d.id) };
}

/** Two directives: the pairs as columns of B against base clauses of A. */
export function directivesViewForJson(view: DirectiveComparison, options: FlatOptions = {}) {
  return {
    base: flatBase(view.a, null),
    other: flatBase(view.b, null),
    similarity: view.similarity,
    columns: view.pairs.map((pair) => ({
      baseClauseId: pair.a.clauseId,
      ...flatColumn(
        { directive: pair.b.directive, clause: pair.b, score: pair.score, label: pair.label, segments: pair.segments },
        options,
      ),
    })),
    onlyInBase: view.onlyInA.map((c) => c.clauseId),
    onlyInOther: view.onlyInB.map((c) => c.clauseId),
  };
}

/** "[-removed-]{+added+}", minor runs as they are in the column. */
export function segmentsAsText(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) =>
      s.kind === 'removed' ? `[-${s.text.trim()}-] ` : s.kind === 'added' ? `{+${s.text.trim()}+} ` : s.text,
    )
    .join('');
}

export function formatClauseView(view: ClauseComparison | MeasureComparison): string {
  const lines: string[] = [];
  if (view.kind === 'measure') lines.push(`Measure: ${view.measure}`);
  if (view.base) lines.push(`Base: ${view.base.citation}`, `  ${view.base.text}`, '');
  for (const column of view.columns) {
    const head = `${column.directive.province ?? '?'} · ${column.directive.title} · ${column.directive.date ?? 'undated'}`;
    lines.push(`${head} — ${LABEL_TEXT[column.label]} (${column.score})`);
    lines.push(column.clause ? `  ${column.clause.clauseId}: ${segmentsAsText(column.segments)}` : '  —', '');
  }
  if (view.hiddenColumns > 0)
    lines.push(`${view.hiddenColumns} more comparable directives not shown (only the closest are diffed)`);
  if (view.kind === 'measure' && view.absent.length > 0)
    lines.push(`Not ordered by: ${view.absent.map((d) => d.province ?? d.id).join(', ')}`);
  return lines.join('\n');
}

export function formatDirectivesView(view: DirectiveComparison): string {
  const name = (d: DirectiveRef) => `${d.province ?? '?'} ${d.title}`;
  const lines = [`${name(view.a)} ↔ ${name(view.b)}: similarity ${view.similarity}`, ''];
  for (const pair of view.pairs)
    lines.push(
      `${pair.a.clauseId} ↔ ${pair.b.clauseId} — ${LABEL_TEXT[pair.label]} (${pair.score})`,
      `  ${segmentsAsText(pair.segments)}`,
      '',
    );
  lines.push(`Only in ${name(view.a)}: ${view.onlyInA.map((c) => c.clauseId).join(', ') || '—'}`);
  lines.push(`Only in ${name(view.b)}: ${view.onlyInB.map((c) => c.clauseId).join(', ') || '—'}`);
  return lines.join('\n');
}

/**
 * "Against the template" for a terminal: one line per number, the clause's, the template's and the
 * verdict ("Số người tụ tập tối đa: 10 người / mẫu 2 người → nới hơn mẫu"); "" when there is none.
 */
export function formatAgainstTemplate(comparisons: readonly TemplateComparison[]): string {
  return comparisons
    .map((c) => {
      const rows = c.rows.map((r) => {
        const mine = r.clause?.shown ?? 'không nêu';
        const theirs = r.template
          ? `${r.template.shown}${r.template.where ? ` (${r.template.where})` : ''}`
          : 'không quy định';
        return `  ${r.label}: ${mine} / mẫu ${theirs} → ${r.verdict ? VERDICT_TEXT[r.verdict] : 'không so được'}`;
      });
      return [`So với ${c.name}:`, ...(rows.length > 0 ? rows : ['  (mẫu không có con số nào được ghi lại)'])].join(
        '\n',
      );
    })
    .join('\n');
}
