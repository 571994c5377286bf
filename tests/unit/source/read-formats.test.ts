import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import { buildDirective } from '../../../src/lib/ingest/build-directive.ts';
import { PAGE_URL, PUBLISHED } from '../../fixtures/formats/make-html.ts';
import { directiveOf, essentials, fixture, readOk } from './helpers/formats.ts';

const twin = async () =>
  essentials(parseDirective({ file: 'directive.txt', text: await readFile(fixture('directive.txt'), 'utf8') }));

describe('each format ingests to the same directive as its text twin', () => {
  test('the twin itself parses to the expected directive', async () => {
    const expected = await twin();
    expect(expected).toMatchObject({
      number: '15/CT-UBND',
      docType: 'chi-thi',
      date: '2021-09-20',
      province: 'thanh-hoa',
      signer: 'Đầu Thanh Tùng',
    });
    expect(expected.clauses.map((c) => c.split(' ')[0])).toEqual([
      '1',
      '1.a',
      '1.b',
      '1.c',
      '2',
      '3',
      '3.a',
      '3.b',
      '4',
    ]);
  });

  test('a PDF with a text layer: header columns apart, wrapped paragraphs joined', async () => {
    const read = await readOk('directive.pdf');
    expect(read.extractor).toBe('pdf');
    expect(read.text.split('\n').slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH THANH HÓA',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 15/CT-UBND',
      'Thanh Hóa, ngày 20 tháng 9 năm 2021',
    ]);
    expect(essentials(buildDirective(read, null))).toEqual(await twin());
  });

  test('a PDF keeps the page of each line: the signature is on page 2', async () => {
    const d = await directiveOf('directive.pdf');
    expect(d.extraction).toEqual({ extractor: 'pdf', pageCount: 2 });
    expect(d.number).toMatchObject({ provenance: 'extracted', span: { line: 6, page: 1 } });
    expect(d.clauses.at(-1)?.span.page).toBe(1);
    expect(d.signer?.provenance === 'extracted' && d.signer.span.page).toBe(2);
  });

  test('a PDF typed in the TCVN3 (.VnTime) font encoding is converted like a text file', async () => {
    const read = await readOk('directive-tcvn3.pdf');
    expect(read.encoding).toBe('tcvn3');
    expect(read.warnings.map((w) => w.code)).toContain('converted-legacy-font');
    const d = essentials(buildDirective(read, null));
    const expected = await twin();
    // TCVN3 has no codes for most capitals with tones: they come back lowercase ("ủy ban").
    expect({ ...d, subject: d.subject?.toLowerCase() }).toEqual({
      ...expected,
      subject: expected.subject?.toLowerCase(),
    });
  });

  test('a Word file: automatic numbering ("1.", "a)") rebuilt from the lists', async () => {
    const read = await readOk('directive.docx');
    expect(read.extractor).toBe('docx');
    expect(read.text).toContain('\n1. Tạm dừng các hoạt động không thiết yếu');
    expect(read.text).toContain('\na) Tạm dừng hoạt động các nhà hàng');
    expect(essentials(buildDirective(read, null))).toEqual(await twin());
  });

  test('a Word file typed in the TCVN3 (.VnTime) font encoding is converted like a text file', async () => {
    const read = await readOk('directive-tcvn3.docx');
    expect(read.encoding).toBe('tcvn3');
    expect(essentials(buildDirective(read, null))).toEqual(await twin());
  });

  test('a Word 97–2003 file (.doc) with typed numbers', async () => {
    const read = await readOk('directive-typed.doc');
    expect(read.extractor).toBe('doc');
    expect(read.warnings).toEqual([]);
    expect(essentials(buildDirective(read, null))).toEqual(await twin());
  });

  test('a .doc numbered by Word: the metadata is read, and the lost numbering is said, not guessed', async () => {
    const read = await readOk('directive.doc');
    const { clauses, ...metadata } = essentials(buildDirective(read, null));
    const { clauses: expectedClauses, ...expected } = await twin();
    expect(metadata).toEqual(expected);
    // The clause texts are all there, as unnumbered paragraphs: no invented numbers.
    expect(clauses.map((c) => c.replace(/^\S+ /, ''))).toEqual(expectedClauses.map((c) => c.replace(/^\S+ /, '')));
    expect(clauses.every((c) => c.startsWith('p'))).toBe(true);
    expect(read.warnings.map((w) => w.code)).toEqual(['numbering-lost']);
    expect(read.warnings[0]?.message).toContain('save it as .docx');
  });

  test('a saved portal page: the article only, no menu, no footer', async () => {
    const read = await readOk('directive.html');
    expect(read.extractor).toBe('html');
    expect(read.text).not.toMatch(/Trang chủ|Tin liên quan|Lượt xem|Điện thoại/);
    expect(essentials(buildDirective(read, null))).toEqual(await twin());
  });

  test('a saved page keeps its URL, title and publication date as evidence, apart from the directive’s date', async () => {
    const d = await directiveOf('directive.html');
    expect(d.sourceUrl).toBe(PAGE_URL);
    expect(d.extraction?.webPage).toEqual({
      url: PAGE_URL,
      urlFrom: 'link rel=canonical',
      title: 'Chỉ thị về tăng cường các biện pháp phòng, chống dịch Covid-19',
      published: PUBLISHED,
      siteName: 'Cổng thông tin điện tử tỉnh (trang mẫu)',
    });
    // Posted on the 25th; signed on the 20th.
    expect(d.date?.value).toBe('2021-09-20');
    expect(d.text.normalized).not.toContain('25/09/2021');
  });

  test('a sourceUrl given by an override wins over the one read from the page', async () => {
    const read = await readOk('directive.html');
    const d = buildDirective(read, {
      value: { sourceUrl: 'https://example.org/ban-goc.pdf' },
      file: 'directive.meta.yaml',
    });
    expect(d.sourceUrl).toBe('https://example.org/ban-goc.pdf');
    expect(d.extraction?.webPage?.url).toBe(PAGE_URL);
  });

  test('a text file says it was read as text', async () => {
    const d = await directiveOf('directive.txt');
    expect(d.extraction).toEqual({ extractor: 'text' });
    expect(d.number).toMatchObject({ provenance: 'extracted' });
    expect(d.number?.provenance === 'extracted' ? d.number.span : null).not.toHaveProperty('page');
  });
});
