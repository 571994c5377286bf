/**
 * A relay's news lead is a clause of its own (kind "lead", id "dan"), so that the measures it orders
 * are tagged: relays often state the orders only there (catalogue entry T2). A body of one long
 * paragraph stays a clause too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import { citeClause } from '../../../src/lib/directive/clause-citation.ts';

const ngheAnFile = 'content/directives/nghe-an-2021-08-07-07-ct-tu.txt';
const ngheAn = parseDirective({
  file: ngheAnFile,
  text: readFileSync(new URL(`../../../${ngheAnFile}`, import.meta.url), 'utf8'),
});

describe('the news lead as a clause', () => {
  test('Nghệ An: the lead comes first, as clause "dan", with a span that points at it', () => {
    const lead = ngheAn.clauses[0]!;
    expect(lead).toMatchObject({ id: 'dan', kind: 'lead', parentId: null, depth: 0 });
    expect(lead.text).toContain('ban hành Chỉ thị số 07-CT/TU');
    expect(ngheAn.text.normalized.slice(lead.span.start, lead.span.end)).toBe(lead.text);
    expect(ngheAn.lead).toContain(lead.text);
    expect(ngheAn.clauses.filter((c) => c.kind === 'lead')).toHaveLength(1);
  });

  test('it is cited as the page’s lead, not as an item of the document', () => {
    const lead = ngheAn.clauses.find((c) => c.id === 'dan')!;
    expect(lead.label).toBe('Đoạn tin dẫn');
    expect(citeClause(lead.label, ngheAn.citation)).toMatch(/^Đoạn tin dẫn, Chỉ thị số 07-CT\/TU/);
  });

  test('a lead-only page (the text is an attachment) keeps its orders in the lead clause', () => {
    const d = parseDirective({
      file: 'relay.txt',
      text: [
        'Lạng Sơn tạm dừng hoạt động karaoke, quán bar',
        '',
        'Ngày 14/6/2021, UBND tỉnh Lạng Sơn ban hành Công văn số 512/UBND-KGVX về việc tiếp tục thực hiện các biện pháp phòng, chống dịch COVID-19, theo đó yêu cầu người dân thực hiện nghiêm 5K, tạm dừng hoạt động karaoke, quán bar.',
        '',
        'Xem chi tiết tại đây',
      ].join('\n'),
    });
    expect(d.clauses.map((c) => [c.id, c.kind])).toEqual([['dan', 'lead']]);
    expect(d.clauses[0]!.text).toContain('tạm dừng hoạt động karaoke');
    expect(d.number?.value).toBe('512/UBND-KGVX');
  });

  test('a document without a lead has no lead clause; a body of one long paragraph is a clause', () => {
    const d = parseDirective({
      file: 'one-paragraph.txt',
      text: [
        'Số: 12/UBND-VX',
        'Hà Nam, ngày 2 tháng 8 năm 2021',
        '',
        'Ủy ban nhân dân tỉnh yêu cầu các địa phương tạm dừng các hoạt động tập trung đông người, người dân không ra khỏi nhà khi không thật cần thiết và thực hiện nghiêm 5K.',
      ].join('\n'),
    });
    expect(d.clauses.map((c) => [c.id, c.kind])).toEqual([['p1', 'paragraph']]);
  });

  test('orders that follow the announcement as sentences of their own are a second lead clause, "dan-2"', () => {
    const d = parseDirective({
      file: 'relay-two-sentences.txt',
      text: [
        'Ngày 5/7/2021, UBND tỉnh Bình Định đã ban hành Quyết định số 2290/QĐ-UBND về việc áp dụng biện pháp phòng, chống dịch trên địa bàn tỉnh. Thực hiện giãn cách xã hội trong 14 ngày và tạm dừng các hoạt động tập trung đông người.',
      ].join('\n'),
    });
    expect(d.clauses.map((c) => [c.id, c.kind])).toEqual([
      ['dan', 'lead'],
      ['dan-2', 'lead'],
    ]);
    const orders = d.clauses[1]!;
    expect(orders.text).toMatch(/^Thực hiện giãn cách xã hội/);
    expect(d.text.normalized.slice(orders.span.start, orders.span.end)).toBe(orders.text);
    expect(orders.label).toBe('Đoạn tin dẫn (tiếp)');
    expect(d.clauses[0]!.text).not.toContain('giãn cách');
  });

  test('a relay without a list: "Theo đó, …" after the announcement starts a clause, a caption stays apart', () => {
    const d = parseDirective({
      file: 'relay-theo-do.txt',
      text: [
        'Tối 3-8, UBND tỉnh Phú Yên có công điện khẩn về việc phòng, chống dịch trên địa bàn tỉnh. Theo đó, đối với thành phố Tuy Hòa: tiếp tục giãn cách xã hội thêm 7 ngày.',
        '',
        'Lãnh đạo tỉnh kiểm tra chốt kiểm soát tại thị xã Sông Cầu',
        '',
        'Người dân không ra khỏi nhà khi không thật cần thiết.',
      ].join('\n'),
    });
    // "có công điện khẩn" is a lead (the kind after an issuing verb), so the orders after it are the
    // lead's continuation, and the caption is not glued onto the paragraph below it.
    const texts = d.clauses.map((c) => c.text);
    const orders = d.clauses.find((c) => c.text.startsWith('Theo đó'))!;
    expect(orders.text).toMatch(/^Theo đó, đối với thành phố Tuy Hòa/);
    expect(orders.id).toBe('dan-2');
    expect(texts).toContain('Người dân không ra khỏi nhà khi không thật cần thiết.');
    expect(d.text.normalized.slice(orders.span.start, orders.span.end)).toBe(orders.text);
  });

  test('a lone Roman numeral that opens no run of parts ("V. Hình", a photo credit) is not a part', () => {
    const d = parseDirective({
      file: 'relay-credit.txt',
      text: [
        'Ngày 18/9/2021, UBND tỉnh Bạc Liêu đã ban hành Quyết định số 1618/QĐ-UBND về việc áp dụng biện pháp phòng dịch.',
        '',
        'Người dân thực hiện nghiêm 5K và hạn chế tập trung đông người.',
        '',
        'V. Hình',
      ].join('\n'),
    });
    expect(d.clauses.some((c) => c.kind === 'part')).toBe(false);
    expect(d.clauses.map((c) => c.text)).toContain('Người dân thực hiện nghiêm 5K và hạn chế tập trung đông người.');
  });
});
