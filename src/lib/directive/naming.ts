/**
 * The presentation facts of a directive, computed once when it is built and stored in the corpus:
 * each clause's label, the document's name, its issuer with the province, and the document's part of
 * a citation. Every consumer (the index, the pages, clauses.csv, the CLI, the comparison) reads these
 * fields instead of deriving them again, so a clause is named the same way everywhere.
 *
 * Run by the parser on its output and again by ingest after a sidecar's overrides (build-directive.ts),
 * since an override may change the number, the kind, the issuer, the province or the date.
 */
import { citeDocument, clauseLabels } from './clause-citation.ts';
import { documentName } from './doc-types.ts';
import { issuerWithProvince } from './issuers.ts';
import type { Clause, Directive } from './schema.ts';

/** A clause before it is named. */
export type UnnamedClause = Omit<Clause, 'label'>;
/** A directive before its presentation facts are computed: what the parser and the generator assemble. */
export type UnnamedDirective = Omit<Directive, 'documentName' | 'issuerName' | 'citation' | 'clauses'> & {
  clauses: readonly UnnamedClause[];
};

/** `directive` with its presentation facts (re)computed from its fields. */
export function nameDirective(directive: UnnamedDirective): Directive {
  const labels = clauseLabels(directive.clauses);
  return {
    ...directive,
    clauses: directive.clauses.map((clause, i) => ({ ...clause, label: labels[i]! })),
    documentName: documentName(directive.docType?.value, directive.number?.value),
    issuerName: issuerWithProvince(directive.issuer?.value.name ?? null, directive.province?.value.name ?? null),
    citation: citeDocument(directive),
  };
}
