/**
 * The periods the panel is made of: one per clause that orders a measure, in a directive of a known
 * province, with what the cell shows as evidence — the clause (its id, label and document), the
 * central template that brought a measure ("theo Chỉ thị 16/CT-TTg": the template's name), and the
 * numbers the clause sets. Only what the panel and the pages read is kept, not the clause's text.
 */
import type { Clause, ClauseId, Directive, DirectiveId, ParameterKind, ParameterUnit } from '../directive/schema.ts';
import { codeKey, listCentralDocuments } from '../measures/central-documents.ts';
import { effectivePeriod, type EffectivePeriod, type PeriodChange } from './effective-period.ts';

export interface ParameterValue {
  kind: ParameterKind;
  value: number;
  unit: ParameterUnit;
}

export interface ClausePeriod {
  /** `<directive id>#<clause id>`: how a cell, a row and a page name the clause. */
  ref: string;
  directive: DirectiveId;
  clause: ClauseId;
  /** "Điểm b, Mục 3". */
  label: string;
  /** "Chỉ thị số 12/CT-UBND". */
  documentName: string;
  provinceId: string;
  measures: string[];
  /** For a measure a central template brought: the templates' names ("Chỉ thị 16/CT-TTg"). */
  templates: Record<string, string[]>;
  parameters: ParameterValue[];
  period: EffectivePeriod;
}

export const clauseRef = (directive: string, clause: string): string => `${directive}#${clause}`;

/** The periods of `d`'s clauses that order measures, given what later texts did to `d`. */
export function clausePeriods(d: Directive, changes: readonly PeriodChange[]): ClausePeriod[] {
  const provinceId = d.province?.value.id;
  if (!provinceId) return [];
  return d.clauses
    .filter((c) => c.measures.length > 0)
    .map((c) => ({
      ref: clauseRef(d.id, c.id),
      directive: d.id,
      clause: c.id,
      label: c.label,
      documentName: d.documentName,
      provinceId,
      measures: c.measures,
      templates: templatesByMeasure(c),
      parameters: c.parameters.map(({ kind, value, unit }) => ({ kind, value, unit })),
      period: effectivePeriod(d, c, changes),
    }));
}

function templatesByMeasure(c: Clause): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const hit of c.implied ?? []) {
    const name = templateName(hit.by);
    const list = (out[hit.measure] ??= []);
    if (!list.includes(name)) list.push(name);
  }
  return out;
}

let names: Map<string, string> | undefined;

/**
 * "16/CT-TTg" → "Chỉ thị 16/CT-TTg"; "128/NQ-CP cấp 3" → "Nghị quyết 128/NQ-CP, cấp độ 3": the
 * template's name as the cell shows it (measures/implied-measures.ts writes `by` so).
 */
export function templateName(by: string): string {
  names ??= new Map(
    listCentralDocuments().map((doc) => [
      codeKey(doc.code) ?? doc.code,
      `${doc.kind === 'chi-thi' ? 'Chỉ thị' : 'Nghị quyết'} ${doc.code}`,
    ]),
  );
  const [code = by, level] = by.split(' cấp ');
  const name = names.get(codeKey(code) ?? code) ?? code;
  return level ? `${name}, cấp độ ${level}` : name;
}
