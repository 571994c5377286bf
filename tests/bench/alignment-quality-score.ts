/**
 * Scores the comparison engine's alignment against the hand-labelled seed cases
 * (tests/fixtures/compare/aligned-clauses.yaml; its header says how they were labelled). For each
 * case, compareClause(base) and look at the column of directive `in`:
 * - `expect: [ids]`: right (TP) when the column shows one of them; an empty column is a miss (FN);
 *   another clause is both a wrong alignment (FP) and a miss (FN).
 * - `expect: none`: a column showing any clause is a false alignment (FP).
 * - `not: [ids]`: a column showing one of those word-sharing clauses is a false alignment (FP).
 * precision = TP / (TP + FP), recall = TP / (TP + FN).
 * The engine's thresholds were tuned on these same pairs (src/lib/compare/labels.ts): the figures
 * are a FIT, not an estimate of how it does on directives it has not seen.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { compareClause, indexOf } from '../../src/lib/compare/index.ts';
import type { AlignmentIndex } from '../../src/lib/compare/alignment-index.ts';
import type { Directive } from '../../src/lib/directive/schema.ts';

const Case = z.object({
  topic: z.string(),
  base: z.string().regex(/^[A-Z]+#.+$/),
  in: z.string(),
  expect: z.union([z.array(z.string()).min(1), z.literal('none')]).optional(),
  not: z.array(z.string()).optional(),
  revised: z.string().optional(),
});
export type AlignmentCase = z.output<typeof Case>;
const Fixture = z.object({ directives: z.record(z.string(), z.string()), cases: z.array(Case).min(25) });

export interface AlignmentFixture {
  cases: AlignmentCase[];
  /** The directive id an alias of the fixture ("TH") stands for. */
  id: (alias: string) => string;
}

export function readAlignmentCases(): AlignmentFixture {
  const url = new URL('../fixtures/compare/aligned-clauses.yaml', import.meta.url);
  const fixture = Fixture.parse(parse(readFileSync(url, 'utf8')));
  return { cases: fixture.cases, id: (alias) => fixture.directives[alias] ?? `unknown alias ${alias}` };
}

export interface AlignmentScore {
  cases: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** "TH#3.-1 → SL: showed 9.d (5K)", one per case with a false or missed alignment. */
  misses: string[];
}

export function scoreAlignment(directives: Directive[], fixture = readAlignmentCases()): AlignmentScore {
  const corpus = indexOf(directives);
  const total = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const c of fixture.cases) {
    const outcome = judge(corpus, fixture, c);
    total.tp += outcome.tp;
    total.fp += outcome.fp;
    total.fn += outcome.fn;
    if (outcome.fp || outcome.fn) misses.push(`${c.base} → ${c.in}: showed ${outcome.shown ?? 'nothing'} (${c.topic})`);
  }
  return {
    cases: fixture.cases.length,
    ...total,
    precision: total.tp / (total.tp + total.fp),
    recall: total.tp / (total.tp + total.fn),
    misses,
  };
}

function judge(corpus: AlignmentIndex, fixture: AlignmentFixture, c: AlignmentCase) {
  const [alias = '', clauseId = ''] = c.base.split('#');
  const view = compareClause(corpus, fixture.id(alias), clauseId);
  const column = view.columns.find((col) => col.directive.id === fixture.id(c.in));
  const shown = column?.clause?.clauseId ?? null;
  if (Array.isArray(c.expect)) {
    if (shown !== null && c.expect.includes(shown)) return { tp: 1, fp: 0, fn: 0, shown };
    return { tp: 0, fp: shown === null ? 0 : 1, fn: 1, shown };
  }
  if (c.expect === 'none') return { tp: 0, fp: shown === null ? 0 : 1, fn: 0, shown };
  return { tp: 0, fp: shown !== null && (c.not ?? []).includes(shown) ? 1 : 0, fn: 0, shown };
}
