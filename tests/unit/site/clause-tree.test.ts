import { describe, expect, test } from 'vitest';
import { clauseTree } from '../../../src/lib/site/clause-tree.ts';
import { cueSegments } from '../../../src/lib/site/cue-segments.ts';
import { measureTags } from '../../../src/lib/site/measure-tags.ts';
import { labelFromClauseId } from '../../../src/lib/site/clause-id-label.ts';
import { clause, seed } from './seeds.ts';

describe('clauseTree', () => {
  test('children sit under their parent, in document order', () => {
    const tree = clauseTree(seed('son-la-2021-ct-ubnd-thay-the-24').clauses);
    expect(tree.map((n) => n.clause.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(tree[2]?.children.map((n) => n.clause.id)).toEqual(['3.a', '3.b', '3.c', '3.d', '3.e']);
  });
});

describe('measureTags', () => {
  test('each tag says which words of the clause fired it, as they stand in the text', () => {
    const d = seed('thanh-hoa-2021-07-22-329-cv-tu');
    const masks = measureTags(clause(d, '3.-1')).find((t) => t.id === 'masks-5k');
    expect(masks).toEqual({
      id: 'masks-5k',
      label: 'Khẩu trang và thông điệp 5K',
      cues: [
        { cue: '5K', matched: '5K' },
        { cue: 'khẩu trang', matched: 'khẩu trang' },
      ],
    });
  });
});

describe('cueSegments', () => {
  test('marks the cue words of one measure and keeps every character of the clause', () => {
    const c = clause(seed('thanh-hoa-2021-07-22-329-cv-tu'), '3.-1');
    const segments = cueSegments(c, 'masks-5k');
    expect(segments.map((s) => s.text).join('')).toBe(c.text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['5K', 'khẩu trang']);
  });
});

describe('labelFromClauseId', () => {
  test.each([
    ['3', 'Mục 3'],
    ['3.b', 'Điểm b, Mục 3'],
    ['3.-2', 'Gạch đầu dòng thứ 2, Mục 3'],
    ['dieu-2.1', 'Khoản 1, Điều 2'],
    ['I.2', 'Mục 2, Phần I'],
    ['p4', 'Đoạn 4'],
    ['5_2', 'Mục 5'],
    ['mo-dau', 'Phần mở đầu'],
  ])('%s → %s', (id, label) => expect(labelFromClauseId(id)).toBe(label));
});
