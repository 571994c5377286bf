/**
 * Periods in force and numbers for the synthetic corpus, until its generator writes its own (the
 * periods stage's helper adds them to src/lib/synthetic): without them every clause's period is
 * unknown, the in-force filter matches nothing, and its cost would be measured on an empty answer.
 * Deterministic per directive. A corpus that already carries any period is returned as it is.
 *
 * Shares, roughly as in the real texts: 15 % of directives state no period (unknown), 20 % run
 * until further notice (open), the rest end 7–45 days after issue; a tenth of the clauses cap
 * gatherings (2, 10, 20, 30 or 50 people) and a twentieth order 7, 14 or 21 days of quarantine.
 */
import type { Clause, Directive, Parameter } from '../../src/lib/directive/schema.ts';
import { Random } from '../../src/lib/synthetic/index.ts';

const SOURCE = 'tests/bench/bench-periods.ts';

export function withBenchPeriods(corpus: readonly Directive[], seed: number): Directive[] {
  if (corpus.some((d) => d.inForce !== null || d.clauses.some((c) => c.inForce !== null))) return [...corpus];
  return corpus.map((directive, i) => {
    const random = Random.forItem(seed + 17, i);
    const date = directive.date?.value;
    const roll = random.next();
    const inForce =
      !date || roll < 0.15
        ? null
        : {
            from: { provenance: 'provided' as const, value: date, source: SOURCE },
            to:
              roll < 0.35
                ? null
                : { provenance: 'provided' as const, value: addDays(date, random.int(7, 45)), source: SOURCE },
            untilFurtherNotice: roll < 0.35 ? { provenance: 'provided' as const, value: true, source: SOURCE } : null,
            scope: null,
          };
    return { ...directive, inForce, clauses: directive.clauses.map((c) => withNumbers(c, random)) };
  });
}

function withNumbers(clause: Clause, random: Random): Clause {
  const parameters: Parameter[] = [];
  if (random.chance(0.1)) parameters.push(number('max_gathering', random.pick([2, 10, 20, 30, 50]), 'people'));
  if (random.chance(0.05)) parameters.push(number('quarantine_days', random.pick([7, 14, 21]), 'days'));
  return parameters.length > 0 ? { ...clause, parameters } : clause;
}

function number(kind: Parameter['kind'], value: number, unit: Parameter['unit']): Parameter {
  return { provenance: 'inferred', kind, value, unit, evidence: [{ text: 'bench corpus', note: SOURCE }] };
}

/** "2021-08-02" + 13 → "2021-08-15". */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
