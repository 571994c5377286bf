/**
 * Measure tagging quality: precision and recall per measure against hand labels, on three sets
 * side by side, each saying how far the cues were tuned on it.
 * - "seed": the 72 clauses of the five seeds (tests/fixtures/measures/labelled-clauses.yaml). The
 *   cues were written with these clauses at hand: its figures are a FIT, not an estimate.
 * - "shaped-1": 50 passages the project wrote in the shapes real relays and directives use — leads,
 *   long paragraphs, orders by reference to Chỉ thị 15/16/19 and Nghị quyết 128, lifting orders,
 *   citations (real-shaped-passages.yaml), labelled and committed before the reference reader and
 *   the wider cues were written. Its disagreements were then looked at while widening the cues, so
 *   it is partly a fit too.
 * - "shaped-2": 24 more such passages (real-shaped-passages-2.yaml), labelled before the cue
 *   widening and never used to tune anything: the least biased figure here. Still written by the
 *   team that wrote the cues; the honest figure is on real documents the project does not have.
 * Then the central documents read as applied against the labels, and every disagreement.
 * Run: npm run bench tagging-quality
 */
import { listMeasures, tagClause } from '../../src/lib/measures/index.ts';
import {
  readLabelledClauses,
  readRealShapedPassages,
  type RealShapedPassage,
} from '../unit/measures/labelled-clauses.ts';
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
  const shaped = [readRealShapedPassages(1), readRealShapedPassages(2)] as const;
  const toRows = (passages: readonly RealShapedPassage[]): Row[] =>
    passages.map((p) => ({ id: p.id, expected: p.measures, predicted: tag(p.text) }));
  const one = toRows(shaped[0]);
  const two = toRows(shaped[1]);
  const sets = [seed, one, two].map((rows) => countByMeasure(ids, rows));

  const cells = (c: Counts) => [
    c.truePositives,
    c.falsePositives,
    c.falseNegatives,
    fixed(precision(c)),
    fixed(recall(c)),
  ];
  const header = (name: string) => [`| ${name} TP`, 'FP', 'FN', 'P', 'R'];
  printTable(
    `Measure tagging: seed ${seed.length} clauses (tuned on: a fit) | shaped-1 ${one.length} passages (labelled first, then looked at while widening cues) | shaped-2 ${two.length} passages (never tuned on)`,
    ['measure', ...header('seed'), ...header('shaped-1'), ...header('shaped-2')],
    [
      ...ids.map((id) => [id, ...sets.flatMap((counts) => bar(cells(counts.get(id)!)))]),
      ['micro total', ...sets.flatMap((counts) => bar(cells(total(counts.values()))))],
    ],
  );

  const passages = [...shaped[0], ...shaped[1]];
  const rows = [...one, ...two];
  printTable(
    'Real-shaped passages (both sets) by shape, micro',
    ['shape', 'passages', 'TP', 'FP', 'FN', 'P', 'R'],
    (['lead', 'paragraph', 'clause'] as const).map((shape) => {
      const ofShape = rows.filter((_, i) => passages[i]!.shape === shape);
      return [shape, ofShape.length, ...cells(total(countByMeasure(ids, ofShape).values()))];
    }),
  );

  const docs = shaped.map(documentRows);
  printTable(
    'Central documents read as applied (document and level, against the labels)',
    ['set', 'TP', 'FP', 'FN', 'P', 'R'],
    docs.map((d, i) => [`shaped-${i + 1}`, ...cells(total(countByMeasure(documentKeys(d), d).values()))]),
  );

  for (const [name, set, docRows] of [
    ['shaped-1', one, docs[0]!],
    ['shaped-2', two, docs[1]!],
  ] as const) {
    const lines = [...disagreements(set), ...disagreements(docRows).map((line) => `${line}   (documents)`)];
    console.log(`\nDisagreements on ${name} (+ tagged, not labelled; - labelled, not tagged):`);
    console.log(lines.join('\n') || '(none)');
  }
  console.log(`\nDisagreements on the seed clauses:`);
  console.log(disagreements(seed).join('\n') || '(none)');

  printSpeed([...readLabelledClauses().map((c) => c.text), ...passages.map((p) => p.text)]);
}

/** Tagging speed: every labelled text, over and over, for about a second (cues and references both). */
function printSpeed(texts: readonly string[]): void {
  let tagged = 0;
  let words = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) {
    for (const text of texts) {
      tagClause(text);
      words += text.split(/\s+/).length;
    }
    tagged += texts.length;
  }
  const seconds = (performance.now() - started) / 1000;
  printTable(
    'Tagging speed (labelled texts, repeated for ~1 s)',
    ['clauses', 'clauses/s', 'words/s', 'µs/clause'],
    [[tagged, Math.round(tagged / seconds), Math.round(words / seconds), (seconds * 1e6) / tagged]],
  );
}

function tag(text: string): string[] {
  return tagClause(text).measures;
}

function documentRows(passages: readonly RealShapedPassage[]): Row[] {
  return passages.map((p) => ({
    id: p.id,
    expected: p.implied,
    predicted: [...new Set(tagClause(p.text).implied.map((hit) => hit.by))],
  }));
}

function documentKeys(rows: readonly Row[]): string[] {
  return [...new Set(rows.flatMap((r) => [...r.expected, ...r.predicted]))];
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
