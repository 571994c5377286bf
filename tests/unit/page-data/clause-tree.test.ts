import { describe, expect, test } from 'vitest';
import { clauseTree } from '../../../src/lib/page-data/clause-tree.ts';
import { cueSegments } from '../../../src/lib/page-data/cue-segments.ts';
import { measureTags } from '../../../src/lib/page-data/measure-tags.ts';
import { clause, seed } from '../../setup/seeds.ts';

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
