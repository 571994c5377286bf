/**
 * The presentation facts stored on every directive (naming.ts): each clause's label, the document's
 * name, its issuer with the province and the document's part of a citation. The expectations are
 * written out by hand, read off the seeds' printed numbering, not recomputed: a change to how a clause
 * or a document is named shows up here as a changed line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { citeClause, citeDocument, clauseLabels } from '../../../src/lib/directive/clause-citation.ts';
import { makeClauseId } from '../../../src/lib/directive/clauses.ts';
import { nameDirective } from '../../../src/lib/directive/naming.ts';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import { Directive, type Clause } from '../../../src/lib/directive/schema.ts';
import { buildDirective } from '../../../src/lib/ingest/build-directive.ts';
import { overridesPath, readOverrides } from '../../../src/lib/ingest/overrides.ts';
import { projectRoot } from '../../../src/lib/paths.ts';
import { readSource } from '../../../src/lib/source/read-source.ts';
import { clauseDocuments } from '../../../src/lib/search/documents.ts';

function seed(name: string): Directive {
  const file = `content/directives/${name}.txt`;
  return parseDirective({ file, text: readFileSync(join(projectRoot(), file), 'utf8') });
}

const dashes = (item: number, count: number): Array<[string, string]> =>
  Array.from({ length: count }, (_, i) => [`${item}.-${i + 1}`, `Gạch đầu dòng thứ ${i + 1}, Mục ${item}`]);
const points = (item: number, letters: string): Array<[string, string]> =>
  [...letters].map((letter) => [`${item}.${letter}`, `Điểm ${letter}, Mục ${item}`]);
const items = (...numbers: number[]): Array<[string, string]> => numbers.map((n) => [`${n}`, `Mục ${n}`]);

/** Every clause of every seed, clause id → stored label, in document order. */
const SEED_LABELS: Record<string, Array<[string, string]>> = {
  'hai-duong-2020-08-28-tbkl-ban-thuong-vu': [...items(1, 2, 3, 4, 5), ...dashes(5, 5)],
  'hung-yen-2021-05-08-261-cv-tu': items(1, 2, 3, 4, 5),
  'nghe-an-2021-08-07-07-ct-tu': [
    ['dan', 'Đoạn tin dẫn'],
    ...items(1, 2),
    ...dashes(2, 8),
    ...items(3),
    ...dashes(3, 5),
    ...items(4, 5, 6),
  ],
  'son-la-2021-ct-ubnd-thay-the-24': [
    ...items(1, 2, 3),
    ...points(3, 'abcde'),
    ...items(4, 5, 6, 7, 8, 9),
    ...points(9, 'abcd'),
    ...items(10, 11),
    ...points(11, 'abcde'),
    ...items(12),
  ],
  'thanh-hoa-2021-07-22-329-cv-tu': [...items(1, 2, 3), ...dashes(3, 7), ...items(4, 5)],
};

/** Each seed's name, issuer with province, and the document's part of its citations. */
const SEED_NAMES: Record<string, { documentName: string; issuerName: string; citation: string }> = {
  'hai-duong-2020-08-28-tbkl-ban-thuong-vu': {
    documentName: 'Thông báo kết luận (không số)',
    issuerName: 'Ban Thường vụ Tỉnh ủy Hải Dương',
    // The date is inferred: bracketed, as supplied from outside the document. No number: left out.
    citation: 'Thông báo kết luận ngày [28/8/2020] của Ban Thường vụ Tỉnh ủy Hải Dương',
  },
  'hung-yen-2021-05-08-261-cv-tu': {
    documentName: 'Công văn số 261-CV/TU',
    issuerName: 'Ban Thường vụ Tỉnh ủy Hưng Yên',
    citation: 'Công văn số 261-CV/TU ngày 08/5/2021 của Ban Thường vụ Tỉnh ủy Hưng Yên',
  },
  'nghe-an-2021-08-07-07-ct-tu': {
    documentName: 'Chỉ thị số 07-CT/TU',
    issuerName: 'Ban Thường vụ Tỉnh ủy Nghệ An',
    citation: 'Chỉ thị số 07-CT/TU ngày 07/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An',
  },
  'son-la-2021-ct-ubnd-thay-the-24': {
    documentName: 'Chỉ thị (không số)',
    // The issuer's printed name already holds the province: not repeated.
    issuerName: 'Chủ tịch UBND tỉnh Sơn La',
    citation: 'Chỉ thị của Chủ tịch UBND tỉnh Sơn La',
  },
  'thanh-hoa-2021-07-22-329-cv-tu': {
    documentName: 'Công văn số 329-CV/TU',
    issuerName: 'Ban Thường vụ Tỉnh ủy Thanh Hóa',
    citation: 'Công văn số 329-CV/TU ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy Thanh Hóa',
  },
};

describe('the stored names of the seeds', () => {
  test.each(Object.keys(SEED_LABELS))('%s: clause id → label, every clause', (name) => {
    expect(seed(name).clauses.map((c) => [c.id, c.label])).toEqual(SEED_LABELS[name]);
  });

  test.each(Object.keys(SEED_NAMES))('%s: document name, issuer name, citation', (name) => {
    const { documentName, issuerName, citation } = seed(name);
    expect({ documentName, issuerName, citation }).toEqual(SEED_NAMES[name]);
  });

  test('every clause has a label and the citation the page shows: its label, then the document', () => {
    for (const name of Object.keys(SEED_LABELS)) {
      const d = seed(name);
      expect(Directive.safeParse(d).error?.issues ?? []).toEqual([]);
      for (const clause of d.clauses) {
        expect(clause.label.trim(), `${d.id}#${clause.id}`).not.toBe('');
        expect(citeClause(clause.label, d.citation)).toBe(`${clause.label}, ${SEED_NAMES[name]!.citation}`);
      }
    }
    const thanhHoa = seed('thanh-hoa-2021-07-22-329-cv-tu');
    const dash = thanhHoa.clauses.find((c) => c.id === '3.-2')!;
    expect(citeClause(dash.label, thanhHoa.citation)).toBe(
      'Gạch đầu dòng thứ 2, Mục 3, Công văn số 329-CV/TU ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy Thanh Hóa',
    );
  });
});

describe('the search documents', () => {
  test('carry the stored label and document name a hit shows, the preamble and closing named as parts', () => {
    const docs = clauseDocuments(seed('thanh-hoa-2021-07-22-329-cv-tu'));
    expect(docs.map((doc) => [doc.clauseId, doc.label])).toEqual([
      ['mo-dau', 'Phần mở đầu'],
      ...SEED_LABELS['thanh-hoa-2021-07-22-329-cv-tu']!,
      ['phan-ket', 'Phần kết'],
    ]);
    expect(new Set(docs.map((doc) => doc.documentName))).toEqual(new Set(['Công văn số 329-CV/TU']));
    expect(docs[0]!.heading).toMatch(/^Công văn số 329-CV\/TU /);
  });
});

describe('clauseLabels', () => {
  const clause = (id: string, kind: Clause['kind'], parentId: string | null) => ({
    id: makeClauseId(id),
    kind,
    parentId: parentId === null ? null : makeClauseId(parentId),
  });
  test('names each level from the tree, not from the spelling of the id', () => {
    const clauses = [
      clause('I', 'part', null),
      clause('I.2', 'numbered', 'I'),
      clause('dieu-1', 'article', null),
      clause('dieu-1.2', 'numbered', 'dieu-1'),
      clause('dieu-1.2.a', 'lettered', 'dieu-1.2'),
      clause('3', 'numbered', null),
      clause('3.-1', 'bullet', '3'),
      clause('3.-1.+2', 'sub-bullet', '3.-1'),
      clause('p4', 'paragraph', null),
      clause('3_2', 'numbered', null),
      clause('dan', 'lead', null),
    ];
    expect(clauseLabels(clauses)).toEqual([
      'Phần I',
      'Mục 2, Phần I',
      'Điều 1',
      'Khoản 2, Điều 1',
      'Điểm a, Khoản 2, Điều 1',
      'Mục 3',
      'Gạch đầu dòng thứ 1, Mục 3',
      'Ý thứ 2, gạch đầu dòng thứ 1, Mục 3',
      'Đoạn 4',
      'Mục 3', // "_2": the second item printed with the same number
      'Đoạn tin dẫn',
    ]);
  });

  test('a parent that loops back on itself ends the walk instead of hanging', () => {
    expect(clauseLabels([clause('1', 'numbered', '1.a'), clause('1.a', 'lettered', '1')])).toEqual([
      'Mục 1, Điểm a',
      'Điểm a, Mục 1',
    ]);
  });
});

describe('citeDocument', () => {
  const base = seed('thanh-hoa-2021-07-22-329-cv-tu');
  test('a provided value is cited as a fact', () => {
    const provided = { ...base, number: { provenance: 'provided' as const, value: '12-CT/TU', source: 'x.meta.yaml' } };
    expect(citeDocument(provided)).toBe('Công văn số 12-CT/TU ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy Thanh Hóa');
  });

  test('without an issuer: no issuer name is stored, and the citation names the province', () => {
    const named = nameDirective({ ...base, issuer: null });
    expect(named.issuerName).toBeNull();
    expect(named.citation).toBe('Công văn số 329-CV/TU ngày 22/7/2021 của Thanh Hóa');
  });
});

describe('names after a sidecar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chithi-naming-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an override of the number and the date is in the stored name and citation', async () => {
    const file = join(dir, 'son-la.txt');
    writeFileSync(file, readFileSync(join(projectRoot(), 'content/directives/son-la-2021-ct-ubnd-thay-the-24.txt')));
    writeFileSync(overridesPath(file), 'number: 52/CT-UBND\ndate: 2021-10-20\n');
    const source = await readSource(file);
    const overrides = await readOverrides(overridesPath(file));
    if (!source.ok || !overrides.ok || !overrides.overrides) throw new Error('the test files did not read');
    const d = buildDirective(source, { value: overrides.overrides, file: overridesPath(file) });
    expect(d.documentName).toBe('Chỉ thị số 52/CT-UBND');
    expect(d.citation).toBe('Chỉ thị số 52/CT-UBND ngày 20/10/2021 của Chủ tịch UBND tỉnh Sơn La');
    expect(d.clauses.find((c) => c.id === '9.b')?.label).toBe('Điểm b, Mục 9');
  });
});
