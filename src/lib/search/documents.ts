/**
 * Directives → search documents (clause-doc.ts). Node only: province facts come from content/data.
 */
import { strictest } from '../directive/parameter-strictness.ts';
import type { Clause, Directive, ParameterKind } from '../directive/schema.ts';
import { getProvince } from '../provinces/index.ts';
import {
  CLOSING_ID,
  CLOSING_LABEL,
  parameterField,
  PREAMBLE_ID,
  PREAMBLE_LABEL,
  type ClauseDoc,
  type ParameterField,
} from './clause-doc.ts';
import { clauseDayPeriod } from './clause-period.ts';
import { codeTokens } from './codes.ts';
import { telexCopy } from './telex-copy.ts';

type DirectiveFacets = Omit<
  ClauseDoc,
  | 'id'
  | 'clauseId'
  | 'label'
  | 'order'
  | 'text'
  | 'telex'
  | 'codes'
  | 'heading'
  | 'measures'
  | 'inForceFrom'
  | 'inForceTo'
  | ParameterField
>;

/**
 * The version of what clauseDocuments makes of a directive. Raise it with any change to the
 * documents (a field, the Telex copy, the code tokens): `chithi index` then rebuilds the index in
 * full, since its manifest records directives, not documents (index-manifest.ts).
 */
export const DOCUMENT_FORMAT = 3;

/** The preamble, every clause, then the closing; empty texts are left out except the preamble. */
export function clauseDocuments(directive: Directive): ClauseDoc[] {
  const facets = directiveFacets(directive);
  const number = directive.number?.value ?? null;
  const docs: ClauseDoc[] = [];
  const push = (
    clause: Clause | null,
    clauseId: string,
    label: string,
    text: string,
    extra: Partial<ClauseDoc> = {},
  ) => {
    const order = docs.length;
    const period = clauseDayPeriod(directive, clause);
    docs.push({
      id: `${directive.id}_${order}`,
      ...facets,
      clauseId,
      label,
      order,
      text,
      telex: telexCopy(text),
      codes: codeTokens(text),
      heading: null,
      measures: clause?.measures ?? [],
      inForceFrom: period.from,
      inForceTo: period.to,
      ...(clause ? parameterFields(clause) : {}),
      ...extra,
    });
  };
  // Always present: it carries the directive's own number and subject even when no preamble was read.
  push(null, PREAMBLE_ID, PREAMBLE_LABEL, directive.preamble, {
    heading: heading(directive),
    codes: codeTokens(number, directive.preamble),
  });
  for (const clause of directive.clauses) push(clause, clause.id, clause.label, clause.text);
  if (directive.closing.trim()) push(null, CLOSING_ID, CLOSING_LABEL, directive.closing);
  return docs;
}

/**
 * The clause's strictest value of each kind it sets, stated or implied by a template it applies:
 * "theo Chỉ thị 16/CT-TTg" caps gatherings as surely as "không quá 2 người".
 */
function parameterFields(clause: Clause): Partial<Record<ParameterField, number>> {
  const byKind = new Map<ParameterKind, number[]>();
  for (const p of clause.parameters) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p.value]);
  const fields: Partial<Record<ParameterField, number>> = {};
  for (const [kind, values] of byKind) {
    const value = strictest(kind, values);
    if (value !== null) fields[parameterField(kind)] = value;
  }
  return fields;
}

function directiveFacets(directive: Directive): DirectiveFacets {
  const provinceId = directive.province?.value.id ?? null;
  const province = provinceId ? getProvince(provinceId) : undefined;
  const date = directive.date?.value ?? null;
  return {
    directive: directive.id,
    documentName: directive.documentName,
    province: provinceId,
    provinceName: province?.name ?? directive.province?.value.name ?? null,
    region: province?.region.id ?? null,
    since2025: province?.since2025.id ?? null,
    docType: directive.docType?.value ?? null,
    issuer: directive.issuer?.value.kind ?? null,
    number: directive.number?.value ?? null,
    date,
    dateNum: date ? Number(date.replace(/-/g, '')) : null,
    year: date ? Number(date.slice(0, 4)) : null,
    month: date ? date.slice(0, 7) : null,
  };
}

/** "Chỉ thị số 07-CT/TU tăng cường lãnh đạo, …": what a reader may type to name the directive. */
function heading(directive: Directive): string {
  const subject = directive.subject?.value;
  return subject ? `${directive.documentName} ${subject}` : directive.documentName;
}

/** How many documents clauseDocuments makes of `directive`, without making them (for a progress total). */
export function documentCount(directive: Directive): number {
  return 1 + directive.clauses.length + (directive.closing.trim() ? 1 : 0);
}
