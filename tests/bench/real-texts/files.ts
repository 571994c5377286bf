/**
 * The real-texts bench's files section: the real scans and Word file of the development set
 * (`files.jsonl`), one row each — which reader read it, the pages OCR read and Tesseract's mean
 * confidence, number / type / date / province as labelled and as ingested (each marked right,
 * absent, wrong or invented), and the seconds and peak memory of reading it alone in a process of
 * its own (`CHITHI_BENCH_FILE_COST=0` skips that second read: OCR makes it minutes). The budgets are
 * 30 s and 1 GB a file; OCR has its own, 90 s a page.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DOC_TYPE_LABELS } from '../../../src/lib/directive/doc-types.ts';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import { printTable } from '../table.ts';
import type { IngestedRecord } from './ingest-dev-set.ts';

type Mark = 'right' | 'absent' | 'wrong' | 'invented' | '—';

/** Labelled `expected` against `got`: both absent is right (nothing invented). */
function mark(expected: string | null | undefined, got: string | null): Mark {
  if (expected === undefined) return '—';
  if (got === null) return expected === null ? 'right' : 'absent';
  if (expected === null) return 'invented';
  return normalise(expected) === normalise(got) ? 'right' : 'wrong';
}

const normalise = (value: string): string => value.normalize('NFC').replace(/\s+/g, '').toLowerCase();

function fieldsOf(d: Directive | null): Record<'number' | 'type' | 'date' | 'province', string | null> {
  return {
    number: d?.number?.value ?? null,
    type: d?.docType ? DOC_TYPE_LABELS[d.docType.value] : null,
    date: d?.date?.value ?? null,
    province: d?.province?.value.name ?? null,
  };
}

interface Cost {
  seconds: number;
  peakMb: number;
}

/** Reads `path` alone in a child process (measure-file.ts); null when it could not be measured. */
function costOf(path: string): Cost | null {
  try {
    const script = join(import.meta.dirname, 'measure-file.ts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20 * 60_000,
    });
    return JSON.parse(out.trim().split('\n').at(-1)!) as Cost;
  } catch {
    return null;
  }
}

export function printFiles(ingested: readonly IngestedRecord[]): void {
  const files = ingested.filter((r) => r.record.path !== undefined);
  if (files.length === 0) {
    console.log('\n## files\n\nno files.jsonl records in the development set');
    return;
  }
  const measure = process.env['CHITHI_BENCH_FILE_COST'] !== '0';
  const fields = ['number', 'type', 'date', 'province'] as const;
  const tally = new Map<Mark, number>();
  const rows = files.map(({ record, directive, report }) => {
    const got = fieldsOf(directive);
    const expected = { number: record.doc_number, type: record.doc_type, date: record.date, province: record.province };
    const cells = fields.map((f) => {
      const m = mark(expected[f], got[f]);
      tally.set(m, (tally.get(m) ?? 0) + 1);
      return `${expected[f] ?? '∅'} / ${got[f] ?? '∅'} ${m}`;
    });
    const ocr = directive?.extraction?.ocr ?? report?.ocr;
    const cost = measure ? costOf(record.path!) : null;
    return [
      record.name,
      directive?.extraction?.extractor ?? (report?.status === 'rejected' ? 'rejected' : '?'),
      ocr ? `${ocr.pages.length} p, ${Math.round(ocr.meanConfidence)} %` : '—',
      ...cells,
      cost ? cost.seconds : '—',
      cost ? cost.peakMb : '—',
    ];
  });
  printTable(
    'files: real scans and Word files (labelled / ours; fits)',
    ['file', 'reader', 'OCR', 'number', 'type', 'date', 'province', 's', 'peak MB'],
    rows,
  );
  const counts = (['right', 'absent', 'wrong', 'invented'] as const).map((m) => `${tally.get(m) ?? 0} ${m}`);
  console.log(`\n${files.length} files, ${fields.length} fields each: ${counts.join(', ')}`);
  for (const { record, report } of files) {
    if (report?.status === 'rejected') console.log(`  ✗ ${record.name}: ${report.messages[0] ?? ''}`);
  }
  if (measure) console.log('s, peak MB: reading the file alone (node process; Tesseract’s own ~150 MB not counted)');
}
