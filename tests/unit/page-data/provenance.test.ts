import { describe, expect, test } from 'vitest';
import { describeProvenance } from '../../../src/lib/page-data/provenance.ts';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import { seed } from '../../setup/seeds.ts';

const quoteFrom = (d: Directive) => (span: { start: number; end: number }) =>
  d.text.normalized.slice(span.start, span.end).trim();

describe('describeProvenance', () => {
  test('an extracted value quotes the printed words and their line, with the reading note in Vietnamese', () => {
    const d = seed('hung-yen-2021-05-08-261-cv-tu');
    if (!d.province) throw new Error('Hưng Yên has a province');
    const note = describeProvenance(d.province, quoteFrom(d));
    expect(note).toMatchObject({ kind: 'extracted', label: 'trích xuất', summary: 'In trong văn bản, dòng 7.' });
    expect(note.details[0]?.quote).toMatch(/^Hung Yên, ngày/);
    expect(note.details[0]?.note).toBe('in là “Hung Yên”');
  });

  test('an inferred value lists its evidence, each with where it stands', () => {
    const d = seed('hai-duong-2020-08-28-tbkl-ban-thuong-vu');
    if (!d.province) throw new Error('Hải Dương has a province');
    const note = describeProvenance(d.province, quoteFrom(d));
    expect(note.label).toBe('suy luận');
    expect(note.details.slice(0, 2)).toEqual([
      { quote: 'thành phố Hải Dương', line: 12, note: 'một địa danh thuộc Hải Dương' },
      { quote: 'huyện Gia Lộc', line: 18, note: 'một địa danh thuộc Hải Dương' },
    ]);
  });

  test('a provided value names the override file', () => {
    const note = describeProvenance(
      { provenance: 'provided', value: '2021-10-20', source: 'content/directives/x.meta.yaml' },
      () => '',
    );
    expect(note).toMatchObject({
      kind: 'provided',
      label: 'bổ sung',
      details: [{ note: 'content/directives/x.meta.yaml' }],
    });
  });
});
