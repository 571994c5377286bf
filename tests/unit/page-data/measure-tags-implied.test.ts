import { expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import { tagDirective } from '../../../src/lib/measures/tag-directive.ts';
import { measureTags } from '../../../src/lib/page-data/measure-tags.ts';

const TEXT = `Ngày 12/7/2021, UBND tỉnh ban hành Công văn số 1845/UBND-KGVX về việc phòng, chống dịch.
Theo đó, áp dụng giãn cách xã hội theo Chỉ thị số 16/CT-TTg trên địa bàn thành phố.
`;

test('the page is told which document implies a tag and how the clause names it; a cue-only tag has none', () => {
  const body = tagDirective(parseDirective({ file: 'relay.txt', text: TEXT })).clauses.find((c) =>
    c.text.includes('giãn cách'),
  )!;
  const tags = measureTags(body);
  const movement = tags.find((t) => t.id === 'movement-control');
  expect(movement).toEqual({
    id: 'movement-control',
    label: 'Chốt kiểm dịch, kiểm soát đi lại',
    cues: [],
    implied: [{ by: '16/CT-TTg', named: 'Chỉ thị số 16/CT-TTg' }],
  });
  const distancing = tags.find((t) => t.id === 'distancing-gatherings');
  expect(distancing?.cues.map((c) => c.matched)).toEqual(['giãn cách']);
  expect(distancing?.implied).toEqual([{ by: '16/CT-TTg', named: 'Chỉ thị số 16/CT-TTg' }]);
});
