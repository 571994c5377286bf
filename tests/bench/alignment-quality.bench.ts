/**
 * Alignment quality of the comparison engine on the hand-labelled seed cases: precision, recall
 * and every miss. The engine's thresholds were tuned on these same pairs, so the figures are a
 * FIT, not an estimate; the honest measure is real directives never seen while tuning.
 * Run: npm run bench alignment-quality
 */
import { seedDirectives } from '../setup/seeds.ts';
import { scoreAlignment } from './alignment-quality-score.ts';
import { printTable } from './table.ts';

export default async function alignmentQualityBench(): Promise<void> {
  const score = scoreAlignment(await seedDirectives());
  printTable(
    'Alignment on the hand-labelled seed cases (a FIT: the thresholds were tuned on them)',
    ['cases', 'TP', 'FP', 'FN', 'precision', 'recall'],
    [[score.cases, score.tp, score.fp, score.fn, score.precision.toFixed(3), score.recall.toFixed(3)]],
  );
  printTable(
    'Cases with a false or missed alignment',
    ['case'],
    score.misses.map((m) => [m]),
  );
}
