/**
 * The real-texts bench's scope section: per record, whether it is about Covid-19 and whether it is
 * central, as labelled and as read (src/lib/scope/), and the two failures that matter to a user —
 * a central document given a province (an invented value), a non-Covid document given measure tags.
 *
 * What is expected: `covid_related` where the record carries it (files.jsonl); the texts of
 * dev.jsonl carry none, and the set's README describes them all as Covid-19 documents, so they are
 * expected Covid ("yes*"). Central: the labelled issuer is the centre (Thủ tướng, Chính phủ, a Bộ).
 */
import type { Directive } from '../../../src/lib/directive/schema.ts';
import type { FileReport } from '../../../src/lib/ingest/report.ts';
import { printTable } from '../table.ts';
import type { DevRecord } from './dev-set.ts';
import type { IngestedRecord } from './ingest-dev-set.ts';

const CENTRAL_ISSUER = /^(?:Thủ tướng|Chính phủ|Bộ\s|Văn phòng Chính phủ|Ban Bí thư|Bộ Chính trị)/u;

export interface ScopeRow {
  record: string;
  expectedCovid: boolean;
  /** False when the record carries no `covid_related` and the set's description stands for it. */
  labelled: boolean;
  expectedCentral: boolean;
  covid: boolean | null;
  central: boolean | null;
  province: string | null;
  tags: number;
  /** Why the ingest gave no directive (a rejection's message), when it gave none. */
  notIngested: string | null;
}

export function scopeRows(
  records: ReadonlyArray<{ record: DevRecord; directive: Directive | null; report?: FileReport | undefined }>,
): ScopeRow[] {
  return records.map(({ record, directive, report }) => ({
    record: record.name,
    expectedCovid: record.covid_related ?? true,
    labelled: record.covid_related !== undefined,
    expectedCentral: CENTRAL_ISSUER.test(record.issuer ?? ''),
    covid: directive?.scope ? directive.scope.covid : null,
    central: directive?.scope ? directive.scope.level === 'central' : null,
    province: directive?.province?.value.name ?? null,
    tags: directive ? directive.clauses.reduce((n, c) => n + c.measures.length, 0) : 0,
    notIngested: directive ? null : (report?.messages[0] ?? report?.status ?? 'no report'),
  }));
}

const yes = (b: boolean | null): string => (b === null ? '–' : b ? 'yes' : 'no');

export function printScope(ingested: readonly IngestedRecord[]): void {
  const rows = scopeRows(ingested);
  printTable(
    `scope: ${rows.length} records (fits)`,
    ['record', 'covid expected', 'covid read', 'central expected', 'central read', 'province', 'tags', 'failure'],
    rows.map((r) => [
      r.record,
      `${yes(r.expectedCovid)}${r.labelled ? '' : '*'}`,
      yes(r.covid),
      yes(r.expectedCentral),
      yes(r.central),
      r.province ?? '–',
      r.tags,
      failures(r).join('; ') || '',
    ]),
  );
  const count = (f: (r: ScopeRow) => boolean) => rows.filter(f).length;
  printTable(
    'scope: summary',
    ['check', 'right', 'of'],
    [
      [
        'covid read as labelled (labelled records)',
        count((r) => r.labelled && r.covid === r.expectedCovid),
        count((r) => r.labelled),
      ],
      [
        'covid read as described (dev.jsonl texts)',
        count((r) => !r.labelled && r.covid === r.expectedCovid),
        count((r) => !r.labelled),
      ],
      ['central read as labelled', count((r) => r.central === r.expectedCentral), rows.length],
      [
        'central document without a province',
        count((r) => r.expectedCentral && r.province === null),
        count((r) => r.expectedCentral),
      ],
      [
        'non-Covid document without tags',
        count((r) => !r.expectedCovid && r.tags === 0),
        count((r) => !r.expectedCovid),
      ],
    ],
  );
}

function failures(r: ScopeRow): string[] {
  if (r.notIngested !== null) return [`not ingested: ${r.notIngested.slice(0, 120)}`];
  const out: string[] = [];
  if (r.expectedCentral && r.province !== null) out.push('central doc got a province');
  if (!r.expectedCovid && r.tags > 0) out.push('non-Covid doc got tags');
  if (r.expectedCovid && r.covid === false) out.push('Covid doc read as off-topic');
  if (r.expectedCentral !== r.central && r.central !== null)
    out.push(r.central ? 'read as central' : 'central not read');
  return out;
}
