/**
 * The perturbation suite (issue 9, item 2): every well-formed fixture — the five seeds and the
 * project's own texts in tests/fixtures/layouts/ (a UBND Chỉ thị, a Công văn, a Công điện, a Kế
 * hoạch in Roman parts, a Quyết định in Điều, a Ban Chỉ đạo notice, a Tỉnh ủy Thông báo kết luận:
 * invented wording and numbers) — wrapped or bent by each entry of the real-layouts catalogue
 * (perturbations.ts) must give the same province, number, type, date and issuer, or leave one
 * absent: never a different value, and never a value the fixture does not have.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import { compose, PERTURBATIONS, type Fixture, type Metadata, type Perturbation } from './perturbations.ts';

const seedDir = new URL('../../../content/directives/', import.meta.url);
const layoutDir = new URL('../../fixtures/layouts/', import.meta.url);

/** The seed table (seeds.test.ts): what a reader of each seed writes down. */
const SEEDS: Record<string, Metadata> = {
  'thanh-hoa-2021-07-22-329-cv-tu': meta('thanh-hoa', '329-CV/TU', 'cong-van', '2021-07-22', 'ban-thuong-vu-tinh-uy'),
  'hai-duong-2020-08-28-tbkl-ban-thuong-vu': meta(
    'hai-duong',
    null,
    'thong-bao-ket-luan',
    '2020-08-28',
    'ban-thuong-vu-tinh-uy',
  ),
  'nghe-an-2021-08-07-07-ct-tu': meta('nghe-an', '07-CT/TU', 'chi-thi', '2021-08-07', 'ban-thuong-vu-tinh-uy'),
  'son-la-2021-ct-ubnd-thay-the-24': meta('son-la', null, 'chi-thi', null, 'chu-tich-ubnd-tinh'),
  'hung-yen-2021-05-08-261-cv-tu': meta('hung-yen', '261-CV/TU', 'cong-van', '2021-05-08', 'ban-thuong-vu-tinh-uy'),
};

function meta(
  province: string | null,
  number: string | null,
  docType: string | null,
  date: string | null,
  issuer: string | null,
): Metadata {
  return { province, number, docType, date, issuer };
}

const fixtures: Fixture[] = [
  ...Object.entries(SEEDS).map(([name, expected]) => ({
    name,
    text: readFileSync(new URL(`${name}.txt`, seedDir), 'utf8'),
    expected,
  })),
  ...readdirSync(layoutDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({
      name: f.replace(/\.txt$/, ''),
      text: readFileSync(new URL(f, layoutDir), 'utf8'),
      expected: JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.expected.json'), layoutDir), 'utf8')) as Metadata,
    })),
];

const perturbations: Perturbation[] = [
  { id: 'as given', apply: (f) => f.text },
  ...PERTURBATIONS,
  compose('B1', 'H1 pipe', 'T3'),
  compose('B3', 'H3', 'X3'),
  compose('B4', 'B6', 'L1'),
  compose('B2 metadata block', 'H1 pipe', 'N1'),
  compose('B5', 'H4 OCR interleaved', 'X1', 'T5'),
  compose('B1', 'B2 metadata block', 'H1 markdown', 'T4', 'T3'),
  compose('B2 metadata block', 'H5'),
  compose('B4', 'L3'),
  compose('H1 pipe', 'H2'),
  compose('H3', 'N6 date as 3-5-2021', 'N1'),
  compose('B6', 'H4 OCR interleaved'),
  compose('X2', 'H1 markdown', 'T4'),
  compose('B1', 'L1 lead, date after'),
];

/**
 * `inferred`: a date the text does not print, inferred with its evidence and a warning (a notice of
 * conclusions dated by the meeting it reports, as the Hải Dương seed requires) that differs from the
 * true one. It is counted and printed apart, not hidden: the suite fails only on extracted values.
 */
type Verdict = 'same' | 'absent' | 'inferred' | 'wrong';
const FIELDS = ['province', 'number', 'docType', 'date', 'issuer'] as const;

function read(text: string): Metadata & { dateInferred: boolean; numberSpanText: string | null } {
  const d = parseDirective({ file: 'perturbed.txt', text });
  const span = d.number?.provenance === 'extracted' ? d.number.span : null;
  return {
    dateInferred: d.date?.provenance === 'inferred',
    numberSpanText: span ? d.text.normalized.slice(span.start, span.end) : null,
    province: d.province?.value.id ?? null,
    number: d.number?.value ?? null,
    docType: d.docType?.value ?? null,
    date: d.date?.value ?? null,
    issuer: d.issuer?.value.kind ?? null,
  };
}

/** Numbers compare without the spaces copies put around separators ("88 /CT- UBND"). */
const comparable = (field: (typeof FIELDS)[number], v: string | null) =>
  field === 'number' && v ? v.replace(/\s+/g, '') : v;

function verdict(field: (typeof FIELDS)[number], got: string | null, want: string | null, inferred: boolean): Verdict {
  if (comparable(field, got) === comparable(field, want)) return 'same';
  if (got === null) return 'absent';
  return field === 'date' && inferred ? 'inferred' : 'wrong';
}

const cases = fixtures.flatMap((f) =>
  perturbations.flatMap((p) => {
    const out = p.apply(f);
    if (out === null) return [];
    const { text, expected } = typeof out === 'string' ? { text: out, expected: {} } : out;
    return [{ fixture: f.name, perturbation: p.id, text, expected: { ...f.expected, ...expected } }];
  }),
);

const tally = { same: 0, absent: 0, inferred: 0, wrong: 0 };
const inferredCases: string[] = [];
const absentBy = new Map<string, number>();

afterAll(() => {
  const total = tally.same + tally.absent + tally.inferred + tally.wrong;
  console.log(`perturbation suite: ${total} cases, ${tally.same} same, ${tally.absent} absent, ${tally.wrong} wrong`);
  if (tally.inferred > 0)
    console.log(
      `  and ${tally.inferred} inferred date(s) that differ, flagged as inferred: ${inferredCases.join('; ')}`,
    );
  const rows = [...absentBy].sort((a, b) => b[1] - a[1]);
  if (rows.length > 0) console.log(`absent fields by perturbation: ${rows.map(([k, n]) => `${k} ${n}`).join('; ')}`);
});

describe('perturbation suite: same metadata or absent, never wrong', () => {
  test.each(cases.map((c) => [`${c.fixture} · ${c.perturbation}`, c] as const))('%s', (_name, c) => {
    const got = read(c.text);
    const verdicts = FIELDS.map(
      (field) => [field, verdict(field, got[field], c.expected[field], got.dateInferred)] as const,
    );
    const worst = (['wrong', 'inferred', 'absent'] as const).find((v) => verdicts.some(([, w]) => w === v)) ?? 'same';
    if (worst === 'inferred')
      inferredCases.push(`${c.fixture} · ${c.perturbation}: ${got.date} for ${c.expected.date}`);
    tally[worst] += 1;
    for (const [field, v] of verdicts) {
      if (v === 'absent')
        absentBy.set(`${c.perturbation}:${field}`, (absentBy.get(`${c.perturbation}:${field}`) ?? 0) + 1);
    }
    const wrong = verdicts
      .filter(([, v]) => v === 'wrong')
      .map(([field]) => `${field}: ${got[field]} ≠ ${c.expected[field]}`);
    expect(wrong).toEqual([]);
    // Provenance survives the bending: an extracted number's span still points at its digits.
    if (got.number && got.numberSpanText !== null) expect(got.numberSpanText).toContain(got.number.match(/^\d+/)?.[0]);
  });
});

/**
 * The cases left with an absent field at the last count. A change may lower it (then lower this
 * with it), never raise it: a perturbation that makes the parser give nothing must fail here, not
 * only be printed above.
 */
const ABSENT_BASELINE = 7;

test('no more cases come out absent than the baseline', () => {
  expect(tally.absent).toBeLessThanOrEqual(ABSENT_BASELINE);
});
