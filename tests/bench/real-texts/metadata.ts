/**
 * The real-texts bench's metadata section: for each field the labellers fill (province, doc_type,
 * doc_number, date, issuer), how often the ingest gave the label's value (right), nothing where the
 * label has one (absent), another value (wrong), or a value where the label is null (invented); then
 * every miss by record. Our ids are mapped to the labels' forms (LABELS.md of the set): DocType slugs
 * to "Công văn", province ids to names, issuer kinds to "UBND tỉnh". These figures are fits.
 */
import { DOC_TYPE_LABELS } from '../../../src/lib/directive/doc-types.ts';
import type { Directive, IssuerKind } from '../../../src/lib/directive/schema.ts';
import { findProvinceByName } from '../../../src/lib/provinces/index.ts';
import { printTable } from '../table.ts';
import type { DevRecord } from './dev-set.ts';
import type { IngestedRecord } from './ingest-dev-set.ts';
import { ISSUER_LABELS as SITE_ISSUER_LABELS } from '../../../src/lib/directive/issuers.ts';

type Outcome = 'right' | 'absent' | 'wrong' | 'invented' | 'none';

interface FieldCheck {
  name: 'province' | 'doc_type' | 'doc_number' | 'date' | 'issuer';
  /** The label, or null when the labellers say the text gives none. */
  expected: (record: DevRecord) => string | null;
  /** Our value in the label's form, or null when we gave none. */
  got: (directive: Directive | null) => string | null;
  /** Whether our value (in the label's form) is the label's. */
  same: (expected: string, got: string) => boolean;
}

/** The issuer forms of LABELS.md, by our kind: the site's names, the steering committee without its long name. */
const ISSUER_LABELS: Record<IssuerKind, string> = { ...SITE_ISSUER_LABELS, 'ban-chi-dao': 'Ban Chỉ đạo' };

/** "07 - CĐ/TU" and "07-CĐ/TU" are one number: spaces around / and - are not part of it. */
function sameNumber(a: string, b: string): boolean {
  const clean = (s: string) => s.replace(/\s*([/-])\s*/gu, '$1').trim();
  return clean(a) === clean(b);
}

/**
 * A city's labels read "UBND thành phố (Chủ tịch UBND TP)": the body and, in brackets, the signing
 * capacity; either of our kinds is the label's ("thành phố" and "TP" stand for "tỉnh").
 */
function sameIssuer(expected: string, got: string): boolean {
  const forms = expected
    .split(/\s*[()]\s*/u)
    .filter((s) => s !== '')
    .map((s) => s.replace(/\b(?:thành phố|TP)$/u, 'tỉnh'));
  return forms.includes(got);
}

function sameProvince(expected: string, got: string): boolean {
  return findProvinceByName(expected)?.name === got;
}

const FIELDS: FieldCheck[] = [
  {
    name: 'province',
    expected: (r) => r.province,
    got: (d) => d?.province?.value.name ?? null,
    same: sameProvince,
  },
  {
    name: 'doc_type',
    expected: (r) => r.doc_type,
    got: (d) => (d?.docType ? DOC_TYPE_LABELS[d.docType.value] : null),
    same: (e, g) => e === g,
  },
  { name: 'doc_number', expected: (r) => r.doc_number, got: (d) => d?.number?.value ?? null, same: sameNumber },
  { name: 'date', expected: (r) => r.date, got: (d) => d?.date?.value ?? null, same: (e, g) => e === g },
  {
    name: 'issuer',
    expected: (r) => r.issuer,
    got: (d) => (d?.issuer ? ISSUER_LABELS[d.issuer.value.kind] : null),
    same: sameIssuer,
  },
];

function outcome(expected: string | null, got: string | null, same: FieldCheck['same']): Outcome {
  if (expected === null) return got === null ? 'none' : 'invented';
  if (got === null) return 'absent';
  return same(expected, got) ? 'right' : 'wrong';
}

export function printMetadata(ingested: readonly IngestedRecord[]): void {
  const rows: Array<Array<string | number>> = [];
  const misses: Array<Array<string | number>> = [];
  const totals = { right: 0, labelled: 0, invented: 0 };
  for (const field of FIELDS) {
    const count: Record<Outcome, number> = { right: 0, absent: 0, wrong: 0, invented: 0, none: 0 };
    for (const { record, directive } of ingested) {
      const expected = field.expected(record);
      const got = field.got(directive);
      const result = outcome(expected, got, field.same);
      count[result] += 1;
      if (result === 'absent' || result === 'wrong' || result === 'invented') {
        misses.push([record.name, field.name, result, expected ?? '(null)', got ?? '(none)']);
      }
    }
    const labelled = count.right + count.absent + count.wrong;
    rows.push([
      field.name,
      labelled,
      count.right,
      count.absent,
      count.wrong,
      count.invented,
      count.none,
      labelled ? `${((100 * count.right) / labelled).toFixed(0)} %` : '–',
    ]);
    if (field.name !== 'issuer') {
      totals.right += count.right;
      totals.labelled += labelled;
    }
    totals.invented += count.invented;
  }
  printTable(
    `metadata (fit on the development set, ${ingested.length} records)`,
    ['field', 'labelled', 'right', 'absent', 'wrong', 'invented', 'null ok', 'right %'],
    rows,
  );
  console.log(
    `\nprovince, number, type, date: ${totals.right}/${totals.labelled} right (fit); invented over all fields: ${totals.invented}`,
  );
  printTable('metadata misses (fit)', ['record', 'field', 'miss', 'expected', 'got'], misses);
}
