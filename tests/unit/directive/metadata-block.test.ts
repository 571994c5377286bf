/**
 * A legal database's metadata block (catalogue B2) is a cross-check: its values are read only where
 * the header and a lead are silent, placeholders and "Văn bản khác" are never values, and a header
 * that prints a value always wins over the block.
 */
import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import { readMetadataBlock } from '../../../src/lib/directive/metadata-block.ts';
import { splitLines } from '../../../src/lib/directive/lines.ts';

const block = (text: string) => readMetadataBlock(splitLines(text));

describe('readMetadataBlock', () => {
  test('reads "Key:value" and "Key: value", an English date, a type name', () => {
    const m = block('Số hiệu:512/UBND-VX\nLoại văn bản: Kế hoạch\nNgày ban hành: March 3, 2021');
    expect(m.number?.value.printed).toBe('512/UBND-VX');
    expect(m.docType?.value).toBe('ke-hoach');
    expect(m.date?.value).toBe('2021-03-03');
  });

  test.each([
    ['a placeholder number', 'Số hiệu: Đang cập nhật'],
    ['a placeholder date', 'Ngày ban hành: Đang cập nhật'],
    ['the database’s bin for a type', 'Loại văn bản: Văn bản khác'],
    ['an impossible English date', 'Ngày ban hành: February 30, 2021'],
    ['an unknown month', 'Ngày ban hành: Brumaire 3, 2021'],
  ])('gives nothing for %s', (_why, text) => {
    expect(block(text)).toEqual({ number: null, date: null, docType: null });
  });
});

describe('the block in a parsed directive', () => {
  const header = 'Số: 88/CT-UBND\nTuyên Quang, ngày 3 tháng 5 năm 2021\nCHỈ THỊ\nVề việc phòng, chống dịch';
  const body = '\n\n1. Các sở, ngành thực hiện nghiêm yêu cầu 5K.';

  test('a header’s values win over a wrong block', () => {
    const d = parseDirective({
      file: 'x.txt',
      text: `Số hiệu: 999/CT-UBND\nNgày ban hành: 01/01/2019\nLoại văn bản: Văn bản khác\n\n${header}${body}`,
    });
    expect([d.number?.value, d.date?.value, d.docType?.value]).toEqual(['88/CT-UBND', '2021-05-03', 'chi-thi']);
  });

  test('where the header is silent, the block’s values are used and say where they come from', () => {
    const d = parseDirective({
      file: 'x.txt',
      text: `Số hiệu: 88/CT-UBND\nNgày ban hành: May 3, 2021\n\nỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHỈ THỊ\nVề việc phòng, chống dịch${body}`,
    });
    expect(d.number).toMatchObject({ value: '88/CT-UBND', note: expect.stringMatching(/metadata block/) });
    expect(d.date).toMatchObject({ value: '2021-05-03', note: expect.stringMatching(/metadata block/) });
  });
});
