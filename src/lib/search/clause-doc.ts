/**
 * One search document: a clause (khoản, điểm, gạch đầu dòng) of a directive, with the directive's
 * facets copied onto it. Types only, so the browser bundle can name them without the builder.
 *
 * Why one index of clauses and no directives index: readers search for what a directive orders,
 * and the answer is a clause (its anchor, its words highlighted); results are grouped by directive
 * on the page (`groupByDirective`). A directive's own facts (số hiệu, trích yếu) ride on its
 * `mo-dau` document, so "07-CT/TU" finds the directive that bears it. `distinct` on the directive
 * would keep one clause per directive, hiding the second matching clause a reader wants to see.
 */

import type { DocType, ParameterKind } from '../directive/schema.ts';

/** A numeric parameter's field on a document: `p_max_gathering`, `p_quarantine_days`. */
export type ParameterField = `p_${ParameterKind}`;
export const parameterField = (kind: ParameterKind): ParameterField => `p_${kind}`;

/** The preamble (phần mở đầu) and closing (phần kết) are searchable like clauses, under these ids. */
export const PREAMBLE_ID = 'mo-dau';
export const CLOSING_ID = 'phan-ket';
/** How a hit on the preamble or the closing is labelled, as a clause hit shows its stored label. */
export const PREAMBLE_LABEL = 'Phần mở đầu';
export const CLOSING_LABEL = 'Phần kết';

/**
 * A parameter's field holds the clause's strictest value of that kind (directive/parameter-
 * strictness.ts: a clause capping 20 in a room and 10 outside holds 10), absent when it sets none:
 * one number, so a range facet counts each clause once.
 */
export interface ClauseDoc extends Partial<Record<ParameterField, number>> {
  /** Primary key: `${directive}_${order}` (Meilisearch ids allow only [A-Za-z0-9_-]). */
  id: string;
  /** Directive slug. */
  directive: string;
  /** Clause id as the directive page anchors it ("3.b"), or PREAMBLE_ID / CLOSING_ID. */
  clauseId: string;
  /** What the hit is called: the clause's stored label ("Điểm b, Mục 3"), or PREAMBLE_LABEL / CLOSING_LABEL. */
  label: string;
  /** The heading a hit's directive is shown under: its stored name, "Chỉ thị số 07-CT/TU". */
  documentName: string;
  /** Place in the directive, 0 = preamble: results of one directive read in document order. */
  order: number;
  /** The clause's full text, as the parser cleaned it. */
  text: string;
  /** The same words in mark-preserving Telex (telex-copy.ts): what exact spellings meet. */
  telex: string;
  /** Code tokens (codes.ts) of the codes the text names, and on the preamble the directive's own. */
  codes: string[];
  /** On the preamble only, to be searched: the document's name and trích yếu, "Chỉ thị số 07-CT/TU tăng cường …". */
  heading: string | null;
  /** Province slug, null when unknown. */
  province: string | null;
  provinceName: string | null;
  /** Region id (vùng kinh tế - xã hội). */
  region: string | null;
  /** Slug of the province of the 34 (since 1 July 2025) that holds this territory now. */
  since2025: string | null;
  /** Loại văn bản id ("chi-thi"). */
  docType: DocType | null;
  /** Cơ quan ban hành kind ("ban-thuong-vu-tinh-uy"). */
  issuer: string | null;
  /** Số hiệu as printed: "07-CT/TU". */
  number: string | null;
  /** Ngày ban hành, ISO. */
  date: string | null;
  /** The date as a number, 20210722: filterable by range, sortable. */
  dateNum: number | null;
  year: number | null;
  /** "2021-07". */
  month: string | null;
  /** Measure ids the clause orders (the preamble and closing order none). */
  measures: string[];
  /**
   * Hiệu lực: the first and last day in force as yyyymmdd (search/clause-period.ts); the last is
   * OPEN_END for an open period; both null when unknown, which an in-force filter never matches.
   */
  inForceFrom: number | null;
  inForceTo: number | null;
}

/** The fields a search hit brings back (the Telex copy and the code tokens stay on the server). */
export const RETRIEVED_FIELDS = [
  'directive',
  'clauseId',
  'label',
  'documentName',
  'text',
  'province',
  'provinceName',
  'docType',
  'issuer',
  'number',
  'date',
  'measures',
] as const satisfies ReadonlyArray<keyof ClauseDoc>;
export type RetrievedDoc = Pick<ClauseDoc, (typeof RETRIEVED_FIELDS)[number]>;
