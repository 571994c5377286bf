/**
 * The real-texts bench's measures section: each labelled passage (`clause_labels`) matched to the
 * clause of ours that starts where it starts, and the measures we tagged there scored against the
 * labels, per measure and over all (micro).
 *
 * How a passage finds its clause: the label is the first 60 characters of the passage as it stands
 * in the record's text, list marker included; a clause of ours starts at `span.start` in
 * `text.normalized`. Both are compared as folded keys (normalised, diacritics and case folded,
 * whitespace collapsed), so a scan's OCR and a copy's stray spaces do not hide a match; an OCR'd
 * passage that still differs is matched on its first 40 characters within a small edit distance.
 * A passage that starts no clause of ours is a miss of the clause builder, listed as "no clause
 * found", and counts against recall for every measure it carries.
 */
import { normalizeText } from '../../../src/lib/text/normalize.ts';
import { foldKey } from '../../../src/lib/text/fold.ts';
import type { Clause, Directive } from '../../../src/lib/directive/schema.ts';
import { printTable } from '../table.ts';
import type { ClauseLabel, DevRecord } from './dev-set.ts';
import type { IngestedRecord } from './ingest-dev-set.ts';

/** Ids the labels spell otherwise: LABELS.md's "response-plans" is the catalogue's response-planning. */
const LABEL_ALIASES: Readonly<Record<string, string>> = { 'response-plans': 'response-planning' };

export interface PassageResult {
  record: string;
  passage: string;
  expected: string[];
  /** Our clause's tags, or null when no clause of ours starts at the passage. */
  got: string[] | null;
  clauseId: string | null;
  /** False when the ingest gave no directive for the record (a rejected file). */
  ingested: boolean;
}

/** Every labelled passage of the records, with what we tagged at it. */
export function scorePassages(
  records: ReadonlyArray<{ record: DevRecord; directive: Directive | null }>,
): PassageResult[] {
  const results: PassageResult[] = [];
  for (const { record, directive } of records) {
    for (const label of record.clause_labels ?? []) {
      const clause = directive ? findClause(directive, label) : null;
      results.push({
        record: record.name,
        passage: label.clause,
        expected: [...new Set(label.measures.map((m) => LABEL_ALIASES[m] ?? m))].sort(),
        got: clause ? [...clause.measures].sort() : null,
        clauseId: clause?.id ?? null,
        ingested: directive !== null,
      });
    }
  }
  return results;
}

const key = (s: string): string => foldKey(normalizeText(s)).replace(/\s+/g, ' ').trim();

function findClause(directive: Directive, label: ClauseLabel): Clause | null {
  const want = key(label.clause);
  const text = directive.text.normalized;
  const starts = directive.clauses.map((clause) => ({
    clause,
    head: key(text.slice(clause.span.start, clause.span.start + label.clause.length + 40)),
  }));
  const exact = starts.find((s) => s.head.startsWith(want));
  if (exact) return exact.clause;
  // OCR: the same passage with a few letters read otherwise.
  const probe = want.slice(0, 40);
  let best: { clause: Clause; distance: number } | null = null;
  for (const s of starts) {
    const distance = editDistance(probe, s.head.slice(0, probe.length));
    if (distance <= Math.floor(probe.length * 0.15) && (!best || distance < best.distance)) {
      best = { clause: s.clause, distance };
    }
  }
  return best?.clause ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = row;
  }
  return previous[b.length]!;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function measureCounts(results: readonly PassageResult[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const of = (id: string) => counts.get(id) ?? counts.set(id, { tp: 0, fp: 0, fn: 0 }).get(id)!;
  for (const r of results) {
    const got = new Set(r.got ?? []);
    for (const id of r.expected) of(id)[got.has(id) ? 'tp' : 'fn']++;
    for (const id of got) if (!r.expected.includes(id)) of(id).fp++;
  }
  return counts;
}

const ratio = (n: number, d: number): string => (d === 0 ? '–' : (n / d).toFixed(2));

export function printMeasures(ingested: readonly IngestedRecord[]): void {
  const results = scorePassages(ingested);
  if (results.length === 0) {
    console.log('\n## measures\n\nno labelled passages in the set');
    return;
  }
  const counts = measureCounts(results);
  const total = [...counts.values()].reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const rows = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, c]) => [id, c.tp, c.fp, c.fn, ratio(c.tp, c.tp + c.fp), ratio(c.tp, c.tp + c.fn)]);
  rows.push([
    'all (micro)',
    total.tp,
    total.fp,
    total.fn,
    ratio(total.tp, total.tp + total.fp),
    ratio(total.tp, total.tp + total.fn),
  ]);
  const found = results.filter((r) => r.got !== null).length;
  printTable(
    `measures: ${results.length} labelled passages, ${found} matched to a clause of ours (fits)`,
    ['measure', 'tp', 'fp', 'fn', 'P', 'R'],
    rows,
  );

  const misses = results.filter((r) => r.got === null || r.got.join() !== r.expected.join());
  printTable(
    `measures: misses (${misses.length})`,
    ['record', 'clause start', 'expected', 'got'],
    misses.map((r) => [
      r.record,
      JSON.stringify(r.passage.slice(0, 40)),
      r.expected.join(', ') || '(none)',
      r.got !== null
        ? `${r.clauseId}: ${r.got.join(', ') || '(none)'}`
        : r.ingested
          ? 'no clause found'
          : 'not ingested (see scope)',
    ]),
  );
}
