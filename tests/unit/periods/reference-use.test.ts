/**
 * The one classifier of how a text uses a document it names (periods/reference-use.ts), read
 * through the two readers that share it: the directive's citations and the tagger's implied
 * measures. They must agree: "Căn cứ" only cites for both, "thay thế" and "kết thúc" never apply.
 */
import { describe, expect, test } from 'vitest';
import { findCitations } from '../../../src/lib/directive/citations.ts';
import { classifyReferences } from '../../../src/lib/periods/reference-use.ts';
import { impliedMeasures } from '../../../src/lib/measures/implied-measures.ts';
import { wordStream } from '../../../src/lib/measures/word-stream.ts';

const citation = (text: string) => findCitations([{ text, offset: 0, line: 1 }], null)[0]?.relation;
const applied = (text: string) => impliedMeasures(text, wordStream(text)).length > 0;
/** The use of the one reference spanning `words` (first and last word index) of `text`. */
const use = (text: string, first: number, last: number) =>
  classifyReferences(text, wordStream(text), [{ first, last }])[0];

describe('one classifier for citations and implied measures', () => {
  test.each([
    ['Căn cứ Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ;', 'cites', false],
    [
      'Thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.',
      'implements',
      true,
    ],
    ['Tiếp tục thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.', 'implements', true],
    ['Chỉ thị này thay thế Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.', 'replaces', false],
    ['Kết thúc giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.', 'cites', false],
    [
      'Nhiều tỉnh đã áp dụng giãn cách theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.',
      'cites',
      false,
    ],
  ])('%s → citation %s, measures applied: %s', (text, relation, applies) => {
    expect(citation(text)).toBe(relation);
    expect(applied(text)).toBe(applies);
  });

  test('a basis framing the order implements the document but orders none of its measures', () => {
    const text =
      'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các sở tăng cường kiểm tra.';
    expect(citation(text)).toBe('implements');
    expect(applied(text)).toBe(false);
  });

  test('words after the reference that end it: "… hết hiệu lực", "… được thay thế bởi …"', () => {
    // Words: 0 chỉ 1 thị 2 số 3 12/CT-UBND …
    expect(use('Chỉ thị số 12/CT-UBND hết hiệu lực kể từ ngày ký.', 0, 3)?.kind).toBe('lifts');
    expect(use('Chỉ thị số 12/CT-UBND được thay thế bởi Chỉ thị này.', 0, 3)?.kind).toBe('replaces');
    expect(use('Chỉ thị số 12/CT-UBND quy định các biện pháp.', 0, 3)?.kind).toBe('cites');
  });
});
