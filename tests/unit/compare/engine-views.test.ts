import { describe, expect, test } from 'vitest';
import {
  compareClause,
  compareDirectives,
  compareMeasure,
  findPrecedents,
  indexOf,
  rebase,
  toComparable,
} from '../../../src/lib/compare/index.ts';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';

const seeds = loadCorpus().filter((d) => !d.synthetic);
const corpus = indexOf(seeds);
const TH = 'thanh-hoa-2021-07-22-329-cv-tu';
const NA = 'nghe-an-2021-08-07-07-ct-tu';
const SL = 'son-la-2021-ct-ubnd-thay-the-24';
const HD = 'hai-duong-2020-08-28-tbkl-ban-thuong-vu';

describe('compareClause', () => {
  const view = compareClause(corpus, NA, '2.-5');

  test('one column per other directive, in date order, undated last', () => {
    expect(view.columns.map((c) => c.directive.province)).toEqual(['Hải Dương', 'Hưng Yên', 'Thanh Hóa', 'Sơn La']);
  });

  test('aligns the vaccination bullet with the other provinces’ vaccination clauses', () => {
    const shown = Object.fromEntries(view.columns.map((c) => [c.directive.id, c.clause?.clauseId ?? null]));
    expect(shown).toMatchObject({ [TH]: '3.-5', [SL]: '3.b' });
  });

  test('Hải Dương (August 2020, before vaccines) says nothing comparable', () => {
    const column = view.columns.find((c) => c.directive.id === HD)!;
    expect(column).toMatchObject({ label: 'nothing-comparable', clause: null, segments: [] });
  });

  test('the base carries its citation; "vắc-xin" against Sơn La’s "vắc xin" is a minor difference', () => {
    expect(view.base.citation).toBe(
      'Gạch đầu dòng thứ 5, Mục 2, Chỉ thị số 07-CT/TU ngày 07/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An',
    );
    const sonLa = view.columns.find((c) => c.directive.id === SL)!;
    expect(sonLa.segments).toContainEqual(expect.objectContaining({ kind: 'minor', text: 'vắc ', base: 'vắc-' }));
  });

  test('a heading is compared as its section', () => {
    const heading = compareClause(corpus, SL, '9');
    expect(heading.columns.some((c) => c.clause !== null)).toBe(true);
  });

  test('works the same from the comparable JSON the page embeds', () => {
    const fromJson = compareClause(JSON.parse(JSON.stringify(seeds.map(toComparable))), NA, '2.-5');
    expect(fromJson).toEqual(view);
  });

  test('an unknown clause is an error that says which', () => {
    expect(() => compareClause(corpus, NA, '99')).toThrow('no clause "99" in directive "nghe-an-2021-08-07-07-ct-tu"');
  });
});

describe('shared phrases', () => {
  test('wording Thanh Hóa and Sơn La share word for word is marked in both', () => {
    const view = compareClause(corpus, TH, '2');
    const sonLa = view.columns.find((c) => c.directive.id === SL)!;
    const shared = sonLa.segments
      .filter((s) => s.shared)
      .map((s) => s.text)
      .join('');
    expect(shared).toContain(
      'huy động cả hệ thống chính trị, tạo sự đồng thuận trong Nhân dân, triển khai đồng bộ các giải pháp',
    );
    expect(view.baseSegments.some((s) => s.shared && s.text.includes('tạo sự đồng thuận'))).toBe(true);
  });
});

describe('compareMeasure', () => {
  const view = compareMeasure(corpus, 'vaccination');
  test('every directive that orders the measure has a column; the others are listed as absent', () => {
    expect(view.absent.map((d) => d.province)).toEqual(['Hải Dương']);
    expect([view.base!.directive.id, ...view.columns.map((c) => c.directive.id)].sort()).toHaveLength(4);
    for (const column of view.columns) expect(column.label).not.toBe('nothing-comparable');
  });

  test('the reader may pick the base', () => {
    const picked = compareMeasure(corpus, 'vaccination', { base: { directive: SL, clauseId: '3.b' } });
    expect(picked.base?.clauseId).toBe('3.b');
  });
});

describe('compareDirectives', () => {
  const view = compareDirectives(corpus, TH, NA);
  test('pairs are one-to-one and every clause is either paired or listed as without counterpart', () => {
    const a = view.pairs.map((p) => p.a.clauseId);
    const b = view.pairs.map((p) => p.b.clauseId);
    expect(new Set(a).size).toBe(a.length);
    expect(new Set(b).size).toBe(b.length);
    expect(a.length + view.onlyInA.length).toBe(seeds.find((d) => d.id === TH)!.clauses.length - 1); // item 3 is a heading
    expect(view.pairs).toContainEqual(
      expect.objectContaining({
        a: expect.objectContaining({ clauseId: '3.-5' }),
        b: expect.objectContaining({ clauseId: '2.-5' }),
      }),
    );
  });

  test('similarity is between 0 and 1 and symmetric', () => {
    expect(view.similarity).toBeGreaterThan(0);
    expect(view.similarity).toBeLessThan(1);
    expect(compareDirectives(corpus, NA, TH).similarity).toBeCloseTo(view.similarity, 3);
  });
});

describe('findPrecedents', () => {
  test('a draft sentence on vaccination finds the vaccination clauses, with citations', () => {
    const found = findPrecedents(corpus, 'Đẩy nhanh tiêm vắc xin phòng Covid-19 cho người dân, bảo đảm an toàn', {
      limit: 3,
    });
    expect(found.map((p) => `${p.directive}#${p.clauseId}`)).toEqual([`${SL}#3.b`, `${NA}#2.-5`, `${TH}#3.-5`]);
    expect(found[0]!.citation).toBe('Điểm b, Mục 3, Chỉ thị của Chủ tịch UBND tỉnh Sơn La');
    expect(found[0]!.score).toBeGreaterThan(found[2]!.score);
  });

  test('typed without diacritics, the same precedents', () => {
    const found = findPrecedents(corpus, 'Day nhanh tiem vac xin phong Covid-19 cho nguoi dan, bao dam an toan', {
      limit: 3,
    });
    expect(found[0]?.clauseId).toBe('3.b');
  });

  test('nothing comparable: an empty list', () => {
    expect(findPrecedents(corpus, 'Tổ chức giải bóng đá thiếu niên nhi đồng')).toEqual([]);
  });
});

describe('rebase', () => {
  test('another column becomes the base; the old base becomes a column with its score against the new one', () => {
    const view = compareClause(corpus, NA, '2.-5');
    const rebased = rebase(corpus, view, TH);
    expect(rebased.base.directive.id).toBe(TH);
    expect(rebased.columns.map((c) => c.directive.id)).toContain(NA);
    expect(rebased.columns.find((c) => c.directive.id === HD)?.clause).toBeNull();
  });
});
