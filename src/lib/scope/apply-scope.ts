/**
 * The document's scope, decided after parsing and tagging (issue 20, item 4): is it a province's
 * Covid-19 document, a central one, or about something else — with the evidence — and what follows:
 *
 * - central (Thủ tướng, Chính phủ, a Bộ): no province, whatever its place line says ("Hà Nội, ngày
 *   …" is where the centre signs); it is kept and searchable, as a template the provinces applied;
 * - not about Covid-19 (e-invoices, e-tax, an exam): kept and searchable, but its clauses carry no
 *   measure tags, so it stays out of the measure facets, the dataset's measure columns and the
 *   overview, which all read `measures`.
 */
import { nameDirective } from '../directive/naming.ts';
import type { Directive, Scope } from '../directive/schema.ts';
import { readCovidTopic } from './covid-topic.ts';
import { readIssuingLevel } from './issuing-level.ts';

export function readScope(directive: Directive): Scope {
  const level = readIssuingLevel(directive);
  const topic = readCovidTopic(directive);
  const kind = !topic.covid ? 'off-topic' : level.level === 'central' ? 'central' : 'provincial';
  return { kind, level: level.level, covid: topic.covid, evidence: [...level.evidence, ...topic.evidence] };
}

/** `directive` with its scope, its province dropped if it is central, its tags dropped if it is off-topic. */
export function applyScope(directive: Directive): Directive {
  const scope = readScope(directive);
  const central = scope.level === 'central' && directive.province !== null;
  const untag = !scope.covid && directive.clauses.some((c) => c.measures.length > 0 || c.cues.length > 0);
  if (!central && !untag) return { ...directive, scope };
  const clauses = untag
    ? directive.clauses.map(({ leadInCues: _dropped, ...clause }) => ({
        ...clause,
        measures: [],
        cues: [],
        implied: [],
      }))
    : directive.clauses;
  return nameDirective({
    ...directive,
    scope,
    clauses,
    measures: untag ? [] : directive.measures,
    province: central ? null : directive.province,
  });
}
