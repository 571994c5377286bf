/**
 * How well the cues reproduce the hand labels of tests/fixtures/measures/labelled-clauses.yaml.
 * The fixture was labelled before any cue was written; cues were then written from the wording of
 * directives in general, so these numbers estimate quality on other provinces' text, not a fit.
 */
import { describe, expect, test } from 'vitest';
import { listMeasures, tagClause } from '../../../src/lib/measures/index.ts';
import { readLabelledClauses } from './labelled-clauses.ts';
import { countByMeasure, formatTable, precision, recall, total } from './quality-table.ts';

describe('tagging quality on the labelled seed clauses', () => {
  const clauses = readLabelledClauses();
  const ids = listMeasures().map((measure) => measure.id);
  const rows = clauses.map((clause) => ({
    clause,
    expected: clause.measures,
    predicted: tagClause(clause.text).measures,
  }));
  const counts = countByMeasure(ids, rows);
  const micro = total(counts.values());

  test('prints precision and recall per measure', () => {
    console.log(`\nMeasure tagging on ${clauses.length} labelled clauses\n${formatTable(counts)}\n`);
    const misses = rows.flatMap(({ clause, expected, predicted }) => {
      const extra = predicted.filter((id) => !expected.includes(id));
      const missing = expected.filter((id) => !predicted.includes(id));
      return extra.length + missing.length === 0
        ? []
        : [`${clause.id}: +[${extra.join(', ')}] -[${missing.join(', ')}]`];
    });
    console.log(`Disagreements (+ tagged but not labelled, - labelled but not tagged):\n${misses.join('\n')}\n`);
  });

  test('micro-averaged precision is at least 0.9', () => {
    expect(precision(micro)).toBeGreaterThanOrEqual(0.9);
  });

  test('micro-averaged recall is at least 0.85', () => {
    expect(recall(micro)).toBeGreaterThanOrEqual(0.85);
  });
});
