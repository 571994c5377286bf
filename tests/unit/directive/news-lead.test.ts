/**
 * A relay's headline and news lead say which document the page is (news-lead.ts, identity.ts,
 * lead-fields.ts): its kind, number, date and issuer, each with a span that points at the words,
 * and never a document the lead only cites. Every text here is written for this test, in the shapes
 * real relays take; none is copied from a real page.
 */
import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import { findDocMentions } from '../../../src/lib/directive/doc-mentions.ts';

const relay = (...lines: string[]) => parseDirective({ file: 'relay.txt', text: lines.join('\n\n') });

/** The words a field's span points at. */
function printed(d: Directive, key: 'number' | 'date' | 'docType' | 'issuer'): string | null {
  const f = d[key];
  if (!f || f.provenance !== 'extracted') return null;
  return d.text.normalized.slice(f.span.start, f.span.end);
}

describe('the document a news lead issues', () => {
  test('lower-case "công văn" with a space before the slash, then "gửi …"', () => {
    const d = relay(
      'Tạm dừng hoạt động quán karaoke trên địa bàn tỉnh',
      'UBND tỉnh Ninh Thuận vừa có công văn 512 /UBND-KGVX, gửi các sở, ngành và UBND các huyện yêu cầu tạm dừng hoạt động karaoke.',
    );
    expect(d.number?.value).toBe('512/UBND-KGVX');
    expect(printed(d, 'number')).toBe('512 /UBND-KGVX');
    expect(d.docType?.value).toBe('cong-van');
    expect(d.issuer?.value.kind).toBe('ubnd-tinh');
    expect(d.date).toBeNull();
  });

  test('"văn bản số 4410/UBND-VX" is a Công văn, inferred from its code, with the code as evidence', () => {
    const d = relay(
      'Ngày 03/9/2021, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh đã ký ban hành văn bản số 4410/UBND-VX, chỉ đạo các sở, ngành tăng cường kiểm soát người ra vào tỉnh.',
    );
    expect(d.number?.value).toBe('4410/UBND-VX');
    expect(d.docType).toMatchObject({ provenance: 'inferred', value: 'cong-van' });
    if (d.docType?.provenance !== 'inferred') throw new Error('the kind should be inferred');
    expect(d.docType.evidence[0]?.text).toBe('4410/UBND-VX');
    expect(d.date?.value).toBe('2021-09-03');
    // Signed on behalf of the UBND: the UBND issues it, not the deputy's own office.
    expect(d.issuer?.value.kind).toBe('ubnd-tinh');
  });

  test('"Công điện khẩn số 12 - CĐ/TU" after a date written with dashes', () => {
    const d = relay(
      'Ngày 4-8-2021, Ban Thường vụ Tỉnh ủy Phú Yên đã ban hành Công điện khẩn số 12 - CĐ/TU về tăng cường các biện pháp phòng, chống dịch COVID-19. Toàn văn như sau:',
    );
    expect(d.number?.value).toBe('12-CĐ/TU');
    expect(d.docType?.value).toBe('cong-dien');
    expect(d.date?.value).toBe('2021-08-04');
    expect(printed(d, 'date')).toBe('4-8-2021');
    expect(d.issuer?.value.kind).toBe('ban-thuong-vu-tinh-uy');
  });

  test('a headline ending "(Quyết định 2217/QĐ-UBND ngày 12/6/2021)" names the document; the body never cites it', () => {
    const d = relay(
      'Áp dụng giãn cách xã hội tại thị xã Ninh Hòa (Quyết định 2217/QĐ-UBND ngày 12/6/2021)',
      'Ngày 12/6/2021, UBND tỉnh đã ban hành quyết định số 2217/QĐ-UBND về việc áp dụng giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.',
      'Theo Quyết định số 2217/QĐ-UBND, thị xã thực hiện giãn cách cho đến khi có thông báo mới.',
    );
    expect(d.number?.value).toBe('2217/QĐ-UBND');
    expect(d.docType?.value).toBe('quyet-dinh');
    expect(d.date?.value).toBe('2021-06-12');
    expect(d.citations.map((c) => c.number)).not.toContain('2217/QĐ-UBND');
  });

  test('a headline "(Thông báo 57 của Ban Chỉ đạo …)" gives a number printed without its symbol; a body’s "Chỉ thị 16" does not', () => {
    const d = relay(
      'Xét nghiệm người về từ vùng dịch (Thông báo 57 của Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh)',
      'Nhằm tăng cường phòng, chống dịch, Ban Chỉ đạo tỉnh thông báo thực hiện Chỉ thị 16 của Thủ tướng Chính phủ đối với người về từ vùng dịch.',
    );
    expect(d.number?.value).toBe('57');
    expect(d.docType?.value).toBe('thong-bao');
    const body = relay(
      'Xét nghiệm người về từ vùng dịch',
      'Nhằm tăng cường phòng, chống dịch, Ban Chỉ đạo tỉnh thông báo thực hiện Chỉ thị 16 của Thủ tướng Chính phủ đối với người về từ vùng dịch.',
    );
    expect(body.number).toBeNull();
  });

  test('a headline under the portal’s name still names the document', () => {
    const d = relay(
      'Cổng thông tin điện tử huyện Tuy An',
      'Thực hiện giãn cách xã hội toàn huyện (Chỉ thị 09/CT-UBND ngày 02/8/2021)',
      'Theo chỉ thị, người dân ở nhà, chỉ ra ngoài khi thật cần thiết.',
    );
    expect(d.number?.value).toBe('09/CT-UBND');
    expect(d.docType?.value).toBe('chi-thi');
    expect(d.date?.value).toBe('2021-08-02');
    expect(printed(d, 'date')).toBe('ngày 02/8/2021');
  });

  test('a cited document’s span ends with its issuer, not with the rest of the sentence', () => {
    const d = relay(
      'Ngày 14/8/2021, UBND tỉnh ban hành Công văn số 3120/UBND-VX về việc tiếp tục giãn cách xã hội.',
      'Tiếp tục thực hiện Quyết định số 1877/QĐ-UBND ngày 30/7/2021 của Chủ tịch UBND tỉnh trên phạm vi toàn tỉnh cho đến khi có thông báo mới.',
    );
    const cited = d.citations.find((c) => c.number === '1877/QĐ-UBND');
    expect(cited?.issuer).toBe('Chủ tịch UBND tỉnh');
    expect(cited?.text).toBe('Quyết định số 1877/QĐ-UBND ngày 30/7/2021 của Chủ tịch UBND tỉnh');
  });

  test('"Chủ tịch UBND tỉnh … đã ký Quyết định số 3051/QĐ-UBND", the date opening the lead without a comma', () => {
    const d = relay(
      'Huyện tiếp tục thực hiện Chỉ thị 16/CT-TTg đến hết ngày 30/8/2021',
      'Ngày 20.8.2021 Chủ tịch UBND tỉnh Hậu Giang đã ký Quyết định số 3051/QĐ-UBND về việc áp dụng các biện pháp cấp bách theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.',
    );
    expect(d.number?.value).toBe('3051/QĐ-UBND');
    expect(d.date?.value).toBe('2021-08-20');
    expect(d.issuer?.value.kind).toBe('chu-tich-ubnd-tinh');
  });

  test('"có công văn CV 7731/UBND-VHXH": type letters glued before the number are not part of it', () => {
    const d = relay(
      'Chiều 5/8/2021, UBND tỉnh Sóc Trăng có công văn CV 7731/UBND-VHXH về việc kiểm soát chợ truyền thống.',
    );
    expect(d.number?.value).toBe('7731/UBND-VHXH');
    expect(d.date?.value).toBe('2021-08-05');
  });

  test('a lead that cites a central document and prints no number of its own gives no number', () => {
    const d = relay(
      'Ngày 9-4, Chủ tịch UBND tỉnh đã có công văn gửi các sở, ngành yêu cầu tiếp tục thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ và Chỉ thị số 03/CT-UBND ngày 30-3-2020 của Chủ tịch UBND tỉnh cho đến khi có thông báo mới.',
    );
    expect(d.number).toBeNull();
    expect(d.docType?.value).toBe('cong-van');
    // "Ngày 9-4" prints no year: the date stays absent.
    expect(d.date).toBeNull();
  });

  test('the date is the one opening the sentence that issues it, not an earlier sentence’s', () => {
    const d = relay(
      'Ngày 10/8/2021, Sở Y tế có văn bản đề xuất tăng cường xét nghiệm. Trên cơ sở đó, UBND tỉnh ban hành Công văn số 2290/UBND-VX về việc xét nghiệm diện rộng.',
    );
    expect(d.number?.value).toBe('2290/UBND-VX');
    expect(d.date).toBeNull();
  });

  test('an order to issue ("Giao Sở Y tế chủ trì ban hành Hướng dẫn số …") is not the page’s document', () => {
    const d = relay(
      'Tăng cường phòng, chống dịch trong trường học',
      'Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo ban hành Hướng dẫn số 45/HD-SYT về phòng, chống dịch trong trường học trước ngày 15/9/2021.',
    );
    expect(d.number).toBeNull();
  });

  test('two documents issued with equal standing: no number wins, none is guessed', () => {
    const d = relay(
      'UBND tỉnh ban hành Công văn số 101/UBND-VX và ban hành Công văn số 102/UBND-VX về phòng, chống dịch trên địa bàn tỉnh.',
    );
    expect(d.number).toBeNull();
  });
});

describe('document mentions', () => {
  test('a citing frame and a central owner mark a cited document', () => {
    const [cited, central] = findDocMentions(
      'thực hiện Công văn số 35/UBND-KGVX; Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ',
    );
    expect(cited).toMatchObject({ frame: 'thực hiện', verb: null });
    expect(central).toMatchObject({ centralOwner: true });
  });

  test('"hướng dẫn" and "có thông báo mới" in lower case are words, not documents', () => {
    const mentions = findDocMentions('ban hành hướng dẫn cụ thể cho đến khi có thông báo mới');
    expect(mentions.every((m) => m.generic || m.code === null)).toBe(true);
    expect(mentions.find((m) => m.kindText === 'thông báo')).toBeUndefined();
  });
});
