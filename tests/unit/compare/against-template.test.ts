/**
 * Issue 17, item 6: a clause applying Chỉ thị 16/CT-TTg or a level of Nghị quyết 128 set against
 * the numbers of that template — stricter, looser or the same, each kind tightening its own way.
 */
import { describe, expect, test } from 'vitest';
import { againstTemplates, templateNumbers, type ClauseNumber } from '../../../src/lib/compare/against-template.ts';
import { compareStrictness, strictest } from '../../../src/lib/directive/parameter-strictness.ts';
import { listCentralDocuments } from '../../../src/lib/measures/central-documents.ts';
import { compareClause } from '../../../src/lib/compare/compare-clause.ts';
import { formatAgainstTemplate } from '../../../src/lib/compare/present.ts';
import { toComparable } from '../../../src/lib/compare/comparable.ts';
import { patchDirective } from '../../setup/in-force-corpus.ts';
import { clause as seedClause, seedDirectives } from '../../setup/seeds.ts';

const templates = templateNumbers(listCentralDocuments());
const number = (kind: ClauseNumber['kind'], value: number, unit: string, text = `${value} ${unit}`): ClauseNumber => ({
  kind,
  value,
  unit,
  text,
});

describe('which way each kind tightens', () => {
  test.each([
    ['max_gathering', 10, 30, 'stricter'],
    ['max_gathering', 30, 10, 'looser'],
    ['max_gathering', 2, 2, 'same'],
    ['quarantine_days', 21, 14, 'stricter'],
    ['quarantine_days', 7, 14, 'looser'],
    ['min_distance', 2, 1, 'stricter'],
    ['capacity_pct', 50, 70, 'stricter'],
    ['max_passengers_pct', 100, 50, 'looser'],
    ['test_interval_days', 3, 7, 'stricter'],
    ['curfew_from', 18, 22, 'stricter'],
    ['curfew_from', 0, 22, 'looser'],
    ['curfew_to', 6, 5, 'stricter'],
  ] as const)('%s: %d against %d is %s', (kind, a, b, verdict) => {
    expect(compareStrictness(kind, a, b)).toBe(verdict);
  });

  test('the strictest of several values of one kind', () => {
    expect(strictest('max_gathering', [20, 10])).toBe(10);
    expect(strictest('quarantine_days', [14, 21, 7])).toBe(21);
    expect(strictest('curfew_from', [22, 18, 0])).toBe(18);
    expect(strictest('max_gathering', [])).toBeNull();
  });
});

describe('the template numbers', () => {
  test('Chỉ thị 16/CT-TTg: no more than 2 people, 2 m apart, with its wording', () => {
    const ct16 = templates.find((t) => t.by === '16/CT-TTg')!;
    expect(ct16.name).toBe('Chỉ thị 16/CT-TTg');
    expect(ct16.parameters.map((p) => [p.kind, p.value, p.unit])).toEqual([
      ['max_gathering', 2, 'people'],
      ['min_distance', 2, 'm'],
    ]);
    expect(ct16.parameters[0]!.wording).toContain('không tập trung quá 2 người');
  });

  test('Chỉ thị 15/CT-TTg: 20 in a room, 10 outside; each level of Nghị quyết 128 is a template of its own', () => {
    const ct15 = templates.find((t) => t.by === '15/CT-TTg')!;
    expect(ct15.parameters.filter((p) => p.kind === 'max_gathering').map((p) => [p.value, p.where])).toEqual([
      [20, 'trong một phòng'],
      [10, 'ngoài phạm vi công sở, trường học, bệnh viện'],
    ]);
    expect(templates.map((t) => t.by)).toEqual(expect.arrayContaining(['128/NQ-CP cấp 3']));
  });
});

describe('againstTemplates', () => {
  test('a clause applying 16 that allows 10 people is looser; 2 m is the same; its own curfew has no template number', () => {
    const [comparison, ...rest] = againstTemplates(
      {
        applies: ['16/CT-TTg'],
        parameters: [
          number('max_gathering', 10, 'people', 'không tập trung quá 10 người'),
          number('min_distance', 2, 'm'),
          number('curfew_from', 22, 'hour'),
        ],
      },
      templates,
    );
    expect(rest).toEqual([]);
    expect(comparison!.name).toBe('Chỉ thị 16/CT-TTg');
    expect(
      comparison!.rows.map((r) => [r.kind, r.clause?.shown ?? null, r.template?.shown ?? null, r.verdict]),
    ).toEqual([
      ['max_gathering', '10 người', '2 người', 'looser'],
      ['min_distance', '2 m', '2 m', 'same'],
      ['curfew_from', '22 giờ', null, null],
    ]);
    expect(comparison!.rows[0]!.clause!.text).toBe('không tập trung quá 10 người');
  });

  test('against 15, a cap of 10 is stricter than 20 in a room and the same as 10 outside', () => {
    const [comparison] = againstTemplates(
      { applies: ['15/CT-TTg'], parameters: [number('max_gathering', 10, 'people')] },
      templates,
    );
    expect(comparison!.rows.map((r) => [r.template?.where, r.verdict])).toEqual([
      ['trong một phòng', 'stricter'],
      ['ngoài phạm vi công sở, trường học, bệnh viện', 'same'],
      ['tại các địa điểm công cộng', null],
    ]);
  });

  test('a template number the clause does not restate has no verdict: nothing is assumed', () => {
    const [comparison] = againstTemplates({ applies: ['19/CT-TTg'] }, templates);
    expect(comparison!.rows).toEqual([expect.objectContaining({ kind: 'max_gathering', clause: null, verdict: null })]);
  });

  test('a level of Nghị quyết 128 is named by its level; a clause applying nothing gets no comparison', () => {
    const [level3] = againstTemplates(
      { applies: ['128/NQ-CP cấp 3'], parameters: [number('capacity_pct', 50, '%')] },
      templates,
    );
    expect(level3!.name).toBe('Nghị quyết 128/NQ-CP, cấp độ 3');
    expect(level3!.rows.map((r) => [r.kind, r.clause?.shown, r.verdict])).toEqual([['capacity_pct', '50%', null]]);
    expect(againstTemplates({ parameters: [number('max_gathering', 10, 'people')] }, templates)).toEqual([]);
  });
});

describe('the comparison carries what the template comparison reads', () => {
  test('a clause that applies 16/CT-TTg and states its own cap reaches the base of "compare this clause"', async () => {
    const seeds = await seedDirectives();
    const ngheAn = seeds.find((d) => d.id === 'nghe-an-2021-08-07-07-ct-tu')!;
    const base = seedClause(ngheAn, '1');
    // Given by the test: the seed's clause 1 neither applies 16 nor caps gatherings in these words.
    const patched = patchDirective(ngheAn, null, {
      '1': {
        parameters: [
          {
            provenance: 'extracted',
            kind: 'max_gathering',
            value: 10,
            unit: 'people',
            text: 'không tập trung quá 10 người',
            span: base.span,
          },
          // Inherited from the template: not the clause's own words, so not compared.
          {
            provenance: 'inferred',
            kind: 'min_distance',
            value: 2,
            unit: 'm',
            evidence: [{ text: 'Chỉ thị 16/CT-TTg', note: 'implied by the template' }],
          },
        ],
      },
    });
    const withTemplate = {
      ...patched,
      clauses: patched.clauses.map((c) =>
        c.id === '1' ? { ...c, implied: [{ measure: 'distancing-gatherings', by: '16/CT-TTg', start: 0, end: 5 }] } : c,
      ),
    };
    const comparable = toComparable(withTemplate).clauses.find((c) => c.id === '1')!;
    expect(comparable.applies).toEqual(['16/CT-TTg']);
    expect(comparable.parameters).toEqual([
      { kind: 'max_gathering', value: 10, unit: 'people', text: 'không tập trung quá 10 người' },
    ]);
    expect(toComparable(ngheAn).clauses.find((c) => c.id === '1')).not.toHaveProperty('applies');

    const view = compareClause([withTemplate, ...seeds.filter((d) => d.id !== ngheAn.id)], ngheAn.id, '1');
    const [comparison] = againstTemplates(view.base, templates);
    expect(comparison!.rows.map((r) => [r.kind, r.verdict])).toEqual([
      ['max_gathering', 'looser'],
      ['min_distance', null],
    ]);
  });
});

describe('formatAgainstTemplate (chithi compare --clause)', () => {
  test('one line per number with the verdict; nothing for a clause applying no template', () => {
    const comparisons = againstTemplates(
      { applies: ['16/CT-TTg'], parameters: [number('max_gathering', 10, 'people')] },
      templates,
    );
    expect(formatAgainstTemplate(comparisons).split('\n')).toEqual([
      'So với Chỉ thị 16/CT-TTg:',
      '  Số người tụ tập tối đa: 10 người / mẫu 2 người (ngoài phạm vi công sở, trường học, bệnh viện và tại nơi công cộng) → nới hơn mẫu',
      '  Khoảng cách tối thiểu: không nêu / mẫu 2 m (khi giao tiếp) → không so được',
    ]);
    expect(formatAgainstTemplate([])).toBe('');
  });
});
