/**
 * The alignment against hand-labelled seed cases (tests/fixtures/compare/aligned-clauses.yaml; the
 * fixture's header says how it was labelled). For each case we run compareClause(base) and look at
 * the column of directive `in`:
 * - `expect: [ids]`: right (TP) when the column shows one of them; an empty column is a miss (FN);
 *   another clause is both a wrong alignment (FP) and a miss (FN).
 * - `expect: none`: a column showing any clause is a false alignment (FP).
 * - `not: [ids]`: a column showing one of those word-sharing clauses is a false alignment (FP).
 * precision = TP / (TP + FP), recall = TP / (TP + FN).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { compareClause, indexOf } from '../../../src/lib/compare/index.ts';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';

const Case = z.object({
  topic: z.string(),
  base: z.string().regex(/^[A-Z]+#.+$/),
  in: z.string(),
  expect: z.union([z.array(z.string()).min(1), z.literal('none')]).optional(),
  not: z.array(z.string()).optional(),
  revised: z.string().optional(),
});
const Fixture = z.object({ directives: z.record(z.string(), z.string()), cases: z.array(Case).min(25) });
const fixture = Fixture.parse(
  parse(readFileSync(new URL('../../fixtures/compare/aligned-clauses.yaml', import.meta.url), 'utf8')),
);
const corpus = indexOf(loadCorpus().filter((d) => !d.synthetic));
const id = (alias: string) => fixture.directives[alias] ?? `unknown alias ${alias}`;

interface Outcome {
  tp: number;
  fp: number;
  fn: number;
}

function judge(c: z.output<typeof Case>): Outcome & { shown: string | null } {
  const [alias = '', clauseId = ''] = c.base.split('#');
  const view = compareClause(corpus, id(alias), clauseId);
  const column = view.columns.find((col) => col.directive.id === id(c.in));
  const shown = column?.clause?.clauseId ?? null;
  if (Array.isArray(c.expect)) {
    if (shown !== null && c.expect.includes(shown)) return { tp: 1, fp: 0, fn: 0, shown };
    return { tp: 0, fp: shown === null ? 0 : 1, fn: 1, shown };
  }
  if (c.expect === 'none') return { tp: 0, fp: shown === null ? 0 : 1, fn: 0, shown };
  return { tp: 0, fp: shown !== null && (c.not ?? []).includes(shown) ? 1 : 0, fn: 0, shown };
}

describe('alignment quality on the hand-labelled seed cases', () => {
  test('every case names clauses the seeds have', () => {
    for (const c of fixture.cases) {
      const [alias = '', clauseId = ''] = c.base.split('#');
      expect(corpus.find(id(alias), clauseId), c.base).toBeDefined();
      for (const other of [...(Array.isArray(c.expect) ? c.expect : []), ...(c.not ?? [])])
        expect(corpus.find(id(c.in), other), `${c.in}#${other}`).toBeDefined();
    }
  });

  test('precision ≥ 0.9 and recall ≥ 0.8', () => {
    const total = { tp: 0, fp: 0, fn: 0 };
    const misses: string[] = [];
    for (const c of fixture.cases) {
      const outcome = judge(c);
      total.tp += outcome.tp;
      total.fp += outcome.fp;
      total.fn += outcome.fn;
      if (outcome.fp || outcome.fn)
        misses.push(`${c.base} → ${c.in}: showed ${outcome.shown ?? 'nothing'} (${c.topic})`);
    }
    const precision = total.tp / (total.tp + total.fp);
    const recall = total.tp / (total.tp + total.fn);
    console.log(
      `alignment on ${fixture.cases.length} labelled cases: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
        `(TP ${total.tp}, FP ${total.fp}, FN ${total.fn})\n  ${misses.join('\n  ')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
