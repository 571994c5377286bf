/**
 * A directive as the listings need it: its name, date, province, subject and measures, without its
 * clauses or texts. Every page that lists directives reads these (a few hundred bytes each), so a
 * listing page never loads the corpus; only a directive's own page loads the whole directive.
 */
import { numberKey } from '../in-force/resolve-document.ts';
import type { Directive } from '../directive/schema.ts';

export type DirectiveCard = Pick<
  Directive,
  | 'id'
  | 'file'
  | 'province'
  | 'docType'
  | 'number'
  | 'issuer'
  | 'date'
  | 'dateBounds'
  | 'subject'
  | 'measures'
  | 'documentName'
  | 'issuerName'
> & {
  clauseCount: number;
  /** Code key of its own number ("7-CT-TU"), to resolve other directives' citations of it. */
  numberKey: string | null;
  /**
   * The documents it cites, by code key and the date printed beside them, for "cited by" on the cited
   * directive's page (resolved by province and year, in-force/resolve-document.ts).
   */
  citationRefs: { key: string; date: string | null }[];
};

export function directiveCard(d: Directive): DirectiveCard {
  return {
    id: d.id,
    file: d.file,
    province: d.province,
    docType: d.docType,
    number: d.number,
    issuer: d.issuer,
    date: d.date,
    dateBounds: d.dateBounds,
    subject: d.subject,
    measures: d.measures,
    documentName: d.documentName,
    issuerName: d.issuerName,
    clauseCount: d.clauses.length,
    numberKey: numberKey(d),
    citationRefs: uniqueRefs(d.citations.flatMap((c) => (c.key ? [{ key: c.key, date: c.date }] : []))),
  };
}

function uniqueRefs(refs: { key: string; date: string | null }[]): { key: string; date: string | null }[] {
  const seen = new Map(refs.map((r) => [`${r.key} ${r.date ?? ''}`, r]));
  return [...seen.values()];
}
