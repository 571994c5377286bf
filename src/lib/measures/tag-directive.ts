/**
 * Tags every clause of a directive with the measures it orders, and the directive with their union.
 * Every clause kind is tagged — a relay's lead and a one-paragraph body as much as a numbered item:
 * relays put their orders there.
 */
import type { Directive } from '../directive/schema.ts';
import { listMeasures } from './catalogue.ts';
import { tagClause } from './tag-clause.ts';

export function tagDirective(directive: Directive): Directive {
  const clauses = directive.clauses.map((clause) => {
    const tags = tagClause(clause.text);
    return { ...clause, measures: tags.measures, cues: tags.cues, implied: tags.implied };
  });
  const ordered = new Set(clauses.flatMap((c) => c.measures));
  const measures = listMeasures()
    .map((m) => m.id)
    .filter((id) => ordered.has(id));
  return { ...directive, clauses, measures };
}
