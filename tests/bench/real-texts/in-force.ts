/**
 * The real-texts bench's in-force section (issue 17): what the periods stage reads on the
 * development set. Three parts:
 * - `implements` precision and recall against the set's own `implements` lists (dev.jsonl);
 * - counts of what was found on every record (periods, relations by type, parameters by kind);
 * - on the records labelled in in-force-labels.yaml (labels only, keyed by url, written while the
 *   stage was built: FITS), start and end exact, untilFurtherNotice, all relations P/R, parameters
 *   P/R, and the values given where the label has none (invented).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseDocCode } from '../../../src/lib/directive/doc-code.ts';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import { printTable } from '../table.ts';
import type { IngestedRecord } from './ingest-dev-set.ts';

interface InForceLabel {
  url: string;
  in_force: { from: string | null; to: string | null; until_further_notice: boolean } | null;
  relations: Array<{ type: string; target: string }>;
  parameters: Array<{ kind: string; value: number; unit: string }>;
}

const LABELS = new URL('./in-force-labels.yaml', import.meta.url);

export function printInForce(ingested: readonly IngestedRecord[]): void {
  console.log(`\n## in force (${ingested.length} records; figures are fits)`);
  printImplements(ingested);
  printCounts(ingested);
  printLabelled(ingested);
}

const key = (target: string) => parseDocCode(target)?.key ?? target.replace(/\s+/g, '');

function printImplements(ingested: readonly IngestedRecord[]): void {
  const labelled = ingested.filter((r) => Array.isArray(r.record.implements));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const { record, directive } of labelled) {
    const expected = new Set((record.implements ?? []).map(key));
    const found = new Set(
      (directive?.relations ?? []).filter((r) => r.type === 'implements').map((r) => r.targetKey ?? key(r.target)),
    );
    for (const k of found) {
      if (expected.has(k)) tp++;
      else {
        fp++;
        misses.push(`${record.name}: implements ${k} (not labelled)`);
      }
    }
    for (const k of expected) {
      if (!found.has(k)) {
        fn++;
        misses.push(`${record.name}: implements ${k} not found`);
      }
    }
  }
  printTable(
    `relations: implements against dev.jsonl (${labelled.length} labelled records)`,
    ['labelled', 'found', 'right', 'precision', 'recall'],
    [[tp + fn, tp + fp, tp, ratio(tp, tp + fp), ratio(tp, tp + fn)]],
  );
  if (misses.length > 0) console.log(`\n${misses.map((m) => `- ${m}`).join('\n')}`);
}

function printCounts(ingested: readonly IngestedRecord[]): void {
  const directives = ingested.flatMap((r) => (r.directive ? [r.directive] : []));
  const clauses = directives.flatMap((d) => d.clauses);
  const relationTypes = ['replaces', 'amends', 'extends', 'lifts', 'implements'] as const;
  const kinds = [...new Set(clauses.flatMap((c) => c.parameters.map((p) => p.kind)))].sort();
  printTable(
    'found on every record',
    ['what', 'count'],
    [
      ['directives with a period', directives.filter((d) => d.inForce).length],
      ['  with a start', directives.filter((d) => d.inForce?.from).length],
      ['  with an end', directives.filter((d) => d.inForce?.to).length],
      ['  until further notice', directives.filter((d) => d.inForce?.untilFurtherNotice).length],
      ['  with a district or commune scope', directives.filter((d) => d.inForce?.scope).length],
      ['clauses with their own period', clauses.filter((c) => c.inForce).length],
      [
        'period-ambiguous warnings',
        directives.flatMap((d) => d.warnings).filter((w) => w.code === 'period-ambiguous').length,
      ],
      ...relationTypes.map((t): [string, number] => [
        `relations: ${t}`,
        directives.flatMap((d) => d.relations).filter((r) => r.type === t).length,
      ]),
      ...kinds.map((k): [string, number] => [
        `parameters: ${k}`,
        clauses.flatMap((c) => c.parameters).filter((p) => p.kind === k).length,
      ]),
    ],
  );
}

function printLabelled(ingested: readonly IngestedRecord[]): void {
  const labels = (parse(readFileSync(LABELS, 'utf8')) as { records: InForceLabel[] }).records;
  const byUrl = new Map(ingested.filter((r) => r.record.url).map((r) => [r.record.url!, r]));
  const pairs = labels.flatMap((label) => {
    const ingestedRecord = byUrl.get(label.url);
    return ingestedRecord ? [{ label, name: ingestedRecord.record.name, directive: ingestedRecord.directive }] : [];
  });
  const fields = {
    start: (d: Directive | null) => d?.inForce?.from?.value ?? null,
    end: (d: Directive | null) => d?.inForce?.to?.value ?? null,
    'until further notice': (d: Directive | null) => (d?.inForce?.untilFurtherNotice?.value ? 'true' : null),
  };
  const expectedOf = (label: InForceLabel, field: keyof typeof fields): string | null =>
    field === 'start'
      ? (label.in_force?.from ?? null)
      : field === 'end'
        ? (label.in_force?.to ?? null)
        : label.in_force?.until_further_notice
          ? 'true'
          : null;
  const misses: string[] = [];
  const rows = (Object.keys(fields) as Array<keyof typeof fields>).map((field) => {
    let right = 0;
    let absent = 0;
    let wrong = 0;
    let invented = 0;
    let stated = 0;
    for (const { label, name, directive } of pairs) {
      const expected = expectedOf(label, field);
      const found = fields[field](directive);
      if (expected !== null) stated++;
      if (expected === found) {
        if (expected !== null) right++;
        continue;
      }
      if (found === null) absent++;
      else if (expected === null) invented++;
      else wrong++;
      misses.push(`${name}: ${field} ${found ?? '—'} (label ${expected ?? '—'})`);
    }
    return [field, stated, right, absent, wrong, invented, ratio(right, stated)];
  });
  printTable(
    `periods on ${pairs.length} records labelled in in-force-labels.yaml`,
    ['field', 'stated', 'exact', 'absent', 'wrong', 'invented', 'exact %'],
    rows.map((r) => [...r.slice(0, 6), percent(r[6] as number)] as Array<string | number>),
  );
  const relations = score(
    pairs.map(({ label, directive }) => ({
      expected: label.relations.map((r) => `${r.type} ${key(r.target)}`),
      found: (directive?.relations ?? []).map((r) => `${r.type} ${r.targetKey ?? key(r.target)}`),
    })),
  );
  const parameters = score(
    pairs.map(({ label, directive }) => ({
      expected: label.parameters.map((p) => `${p.kind} ${p.value}`),
      found: (directive?.clauses ?? []).flatMap((c) => c.parameters.map((p) => `${p.kind} ${p.value}`)),
    })),
  );
  printTable(
    'relations (all types) and parameters on the same records',
    ['what', 'labelled', 'found', 'right', 'precision', 'recall'],
    [
      ['relations', relations.labelled, relations.found, relations.right, relations.p, relations.r],
      ['parameters', parameters.labelled, parameters.found, parameters.right, parameters.p, parameters.r],
    ],
  );
  if (misses.length > 0) console.log(`\n${misses.map((m) => `- ${m}`).join('\n')}`);
}

function score(items: Array<{ expected: string[]; found: string[] }>) {
  let labelled = 0;
  let found = 0;
  let right = 0;
  for (const item of items) {
    const expected = new Set(item.expected);
    const got = new Set(item.found);
    labelled += expected.size;
    found += got.size;
    for (const k of got) if (expected.has(k)) right++;
  }
  return { labelled, found, right, p: ratio(right, found), r: ratio(right, labelled) };
}

function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

function percent(x: number): string {
  return Number.isNaN(x) ? '—' : `${(100 * x).toFixed(0)} %`;
}
