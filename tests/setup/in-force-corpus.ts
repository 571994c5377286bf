/**
 * The seeds with periods in force and numeric parameters the tests give them (the periods stage
 * does not fill them yet, and the seeds' own words are not the point here: what the search does
 * with the fields is). Every value is marked `provided` / `inferred` with the test as its source,
 * so no reader of a failure mistakes it for a parse of the seed.
 *
 *   Nghệ An 07-CT/TU (issued 2021-08-07): in force 2021-08-07 → 2021-08-21; its clause 2.-1 has a
 *     period of its own, 2021-08-10 → 2021-08-12; clause 1 caps gatherings at 20 in a room and 10
 *     outside (strictest: 10).
 *   Sơn La (undated): from 2021-08-01, until further notice; clause 3.a orders 21 days' quarantine.
 *   Thanh Hóa 329-CV/TU (2021-07-22): a stated end only, "đến hết ngày 05/8/2021" → from its date
 *     of issue; clause 1 caps gatherings at 30.
 *   Hưng Yên 261-CV/TU: no period (unknown, never in force on any day asked); clause 1 caps at 2
 *     people and orders 14 days' quarantine.
 *   Hải Dương: nothing set.
 */
import type {
  Clause,
  Directive,
  InForce,
  Parameter,
  ParameterKind,
  ParameterUnit,
} from '../../src/lib/directive/schema.ts';

const SOURCE = 'tests/setup/in-force-corpus.ts';

function provided<T>(value: T) {
  return { provenance: 'provided' as const, value, source: SOURCE };
}

export function period(from: string | null, to: string | null, untilFurtherNotice = false): InForce {
  return {
    from: from === null ? null : provided(from),
    to: to === null ? null : provided(to),
    untilFurtherNotice: untilFurtherNotice ? provided(true) : null,
    scope: null,
  };
}

export function parameter(kind: ParameterKind, value: number, unit: ParameterUnit): Parameter {
  return { provenance: 'inferred', kind, value, unit, evidence: [{ text: 'set by the test', note: SOURCE }] };
}

type ClausePatch = Partial<Pick<Clause, 'inForce' | 'parameters'>>;

/** `directive` with its own period and some clauses patched (by id; an unknown id is an error). */
export function patchDirective(
  directive: Directive,
  inForce: InForce | null,
  clauses: Record<string, ClausePatch> = {},
): Directive {
  for (const id of Object.keys(clauses)) {
    if (!directive.clauses.some((c) => c.id === id)) throw new Error(`${directive.id} has no clause ${id}`);
  }
  return {
    ...directive,
    inForce,
    clauses: directive.clauses.map((c) => (clauses[c.id] ? { ...c, ...clauses[c.id] } : c)),
  };
}

/** The seeds as described above, in the seeds' order. */
export function inForceCorpus(seeds: readonly Directive[]): Directive[] {
  return seeds.map((d) => {
    switch (d.id) {
      case 'nghe-an-2021-08-07-07-ct-tu':
        return patchDirective(d, period('2021-08-07T00:00', '2021-08-21'), {
          '1': { parameters: [parameter('max_gathering', 20, 'people'), parameter('max_gathering', 10, 'people')] },
          '2.-1': { inForce: period('2021-08-10', '2021-08-12') },
        });
      case 'son-la-2021-ct-ubnd-thay-the-24':
        return patchDirective(d, period('2021-08-01', null, true), {
          '3.a': { parameters: [parameter('quarantine_days', 21, 'days')] },
        });
      case 'thanh-hoa-2021-07-22-329-cv-tu':
        return patchDirective(d, period(null, '2021-08-05'), {
          '1': { parameters: [parameter('max_gathering', 30, 'people')] },
        });
      case 'hung-yen-2021-05-08-261-cv-tu':
        return patchDirective(d, null, {
          '1': { parameters: [parameter('max_gathering', 2, 'people'), parameter('quarantine_days', 14, 'days')] },
        });
      default:
        return d;
    }
  });
}
