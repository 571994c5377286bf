/**
 * Measure tagging quality: precision and recall per measure against hand labels, on two sets side
 * by side.
 * - "seed (tuned)": the 72 clauses of the five seeds (tests/fixtures/measures/labelled-clauses.yaml).
 *   The cues were written with these clauses at hand, so its figures are a FIT, not an estimate.
 * - "real-shaped (held apart)": 50 passages the project wrote in the shapes real relays and
 *   directives use — leads, long paragraphs, orders by reference to Chỉ thị 15/16/19 and Nghị quyết
 *   128, lifting orders, citations (tests/fixtures/measures/real-shaped-passages.yaml), labelled and
 *   committed before the cues and the reference reader were changed for them. Closer to real text,
 *   but written by the same team that wrote the cues: the honest figure is on real documents the
 *   project does not have.
 * Then, for the held-apart set: which central documents were read as applied against the labels,
 * and every disagreement, so a change can be judged passage by passage.
 * Run: npm run bench tagging-quality
 */
import { listMeasures, tagClause } from '../../src/lib/measures/index.ts';
import { readLabelledClauses, readRealShapedPassages } from '../unit/measures/labelled-clauses.ts';
import { printTable } from './table.ts';
import { countByMeasure, precision, recall, total, type Counts } from './tagging-quality-table.ts';

interface Row {
  id: string;
  expected: readonly string[];
  predicted: readonly string[];
}

export default async function taggingQualityBench(): Promise<void> {
  const ids = listMeasures().map((m) => m.id);
  const seed: Row[] = readLabelledClauses().map((c) => ({ id: c.id, expected: c.measures, predicted: tag(c.text) }));
  const passages = readRealShapedPassages();
  const real: Row[] = passages.map((p) => ({ id: p.id, expected: p.measures, predicted: tag(p.text) }));
  const seedCounts = countByMeasure(ids, seed);
  const realCounts = countByMeasure(ids, real);

  const cells = (c: Counts) => [
    c.truePositives,
    c.falsePositives,
    c.falseNegatives,
    fixed(precision(c)),
    fixed(recall(c)),
  ];
  printTable(
    `Measure tagging: ${seed.length} seed clauses (cues tuned on them: a fit) | ${real.length} real-shaped passages (held apart)`,
    ['measure', 'seed TP', 'FP', 'FN', 'P', 'R', '| real TP', 'FP', 'FN', 'P', 'R'],
    [
      ...ids.map((id) => [id, ...cells(seedCounts.get(id)!), ...bar(cells(realCounts.get(id)!))]),
      ['micro total', ...cells(total(seedCounts.values())), ...bar(cells(total(realCounts.values())))],
    ],
  );

  const byShape = ['lead', 'paragraph', 'clause'] as const;
  printTable(
    'Real-shaped passages by shape (micro P/R)',
    ['shape', 'passages', 'TP', 'FP', 'FN', 'P', 'R'],
    byShape.map((shape) => {
      const rows = real.filter((_, i) => passages[i]!.shape === shape);
      const c = total(countByMeasure(ids, rows).values());
      return [shape, rows.length, ...cells(c)];
    }),
  );

  const docs = passages.map((p) => ({ id: p.id, expected: p.implied, predicted: impliedBy(p.text) }));
  const docCounts = total(
    countByMeasure([...new Set(docs.flatMap((d) => [...d.expected, ...d.predicted]))], docs).values(),
  );
  printTable('Central documents read as applied (real-shaped set)', ['TP', 'FP', 'FN', 'P', 'R'], [cells(docCounts)]);

  const misses = [...disagreements(real), ...disagreements(docs).map((line) => `${line}   (documents)`)];
  console.log(`\nDisagreements on the real-shaped set (+ tagged, not labelled; - labelled, not tagged):`);
  console.log(misses.length > 0 ? misses.join('\n') : '(none)');
  console.log(`\nDisagreements on the seed clauses:`);
  console.log(disagreements(seed).join('\n') || '(none)');
}

function tag(text: string): string[] {
  return tagClause(text).measures;
}

function impliedBy(text: string): string[] {
  return [...new Set(tagClause(text).implied.map((hit) => hit.by))];
}

function disagreements(rows: readonly Row[]): string[] {
  return rows.flatMap(({ id, expected, predicted }) => {
    const extra = predicted.filter((m) => !expected.includes(m));
    const missing = expected.filter((m) => !predicted.includes(m));
    return extra.length + missing.length === 0 ? [] : [`${id}: +[${extra.join(', ')}] -[${missing.join(', ')}]`];
  });
}

function fixed(n: number): string {
  return n.toFixed(2);
}

function bar(cells: Array<string | number>): Array<string | number> {
  return [`| ${cells[0]}`, ...cells.slice(1)];
}
