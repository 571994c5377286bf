/**
 * The alignment against the hand-labelled seed cases (tests/fixtures/compare/aligned-clauses.yaml),
 * scored by tests/bench/alignment-quality-score.ts. The engine's thresholds were tuned on these
 * same pairs, so the score is a FIT: its figures are printed by `npm run bench alignment-quality`,
 * and this test keeps only a loose floor that catches a collapse, not a claim of quality.
 */
import { describe, expect, test } from 'vitest';
import { indexOf } from '../../../src/lib/compare/index.ts';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { readAlignmentCases, scoreAlignment } from '../../bench/alignment-quality-score.ts';

const fixture = readAlignmentCases();
const seeds = loadCorpus().filter((d) => !d.synthetic);

describe('alignment on the hand-labelled seed cases', () => {
  test('every case names clauses the seeds have', () => {
    const corpus = indexOf(seeds);
    for (const c of fixture.cases) {
      const [alias = '', clauseId = ''] = c.base.split('#');
      expect(corpus.find(fixture.id(alias), clauseId), c.base).toBeDefined();
      for (const other of [...(Array.isArray(c.expect) ? c.expect : []), ...(c.not ?? [])])
        expect(corpus.find(fixture.id(c.in), other), `${c.in}#${other}`).toBeDefined();
    }
  });

  test('has not collapsed: precision ≥ 0.8 and recall ≥ 0.7 (a floor on a fit, not a quality figure)', () => {
    const score = scoreAlignment(seeds, fixture);
    expect(score.precision, score.misses.join('\n')).toBeGreaterThanOrEqual(0.8);
    expect(score.recall, score.misses.join('\n')).toBeGreaterThanOrEqual(0.7);
  });
});
