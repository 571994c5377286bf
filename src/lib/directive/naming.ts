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

/** A clause before it is named; its period and parameters are absent until the periods stage has read them. */
export type UnnamedClause = Omit<Clause, 'label' | 'inForce' | 'parameters'> &
  Partial<Pick<Clause, 'inForce' | 'parameters'>>;
/** A directive before its presentation facts are computed: what the parser and the generator assemble. */
export type UnnamedDirective = Omit<
  Directive,
  'documentName' | 'issuerName' | 'citation' | 'clauses' | 'inForce' | 'relations'
> &
  Partial<Pick<Directive, 'inForce' | 'relations'>> & {
    clauses: readonly UnnamedClause[];
  };

/** `directive` with its presentation facts (re)computed from its fields. */
export function nameDirective(directive: UnnamedDirective): Directive {
  const labels = clauseLabels(directive.clauses);
  return {
    ...directive,
    // A text that states no period, relation or number has none: the empty values are facts, not gaps.
    inForce: directive.inForce ?? null,
    relations: directive.relations ?? [],
    clauses: directive.clauses.map((clause, i) => ({
      ...clause,
      inForce: clause.inForce ?? null,
      parameters: clause.parameters ?? [],
      label: labels[i]!,
    })),
    documentName: documentName(directive.docType?.value, directive.number?.value),
    issuerName: issuerWithProvince(directive.issuer?.value.name ?? null, directive.province?.value.name ?? null),
    citation: citeDocument(directive),
  };
}
