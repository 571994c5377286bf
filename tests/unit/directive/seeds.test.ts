/**
 * The five seed directives, parsed as they were found. The expected values are the ones a reader
 * of each document would write down; where the document does not print a fact, the parser must
 * say so (null, or inferred with its evidence) rather than invent it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import type { Directive } from '../../../src/lib/directive/schema.ts';

function seed(name: string): Directive {
  const file = `content/directives/${name}.txt`;
  return parseDirective({ file, text: readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8') });
}

const thanhHoa = seed('thanh-hoa-2021-07-22-329-cv-tu');
const haiDuong = seed('hai-duong-2020-08-28-tbkl-ban-thuong-vu');
const ngheAn = seed('nghe-an-2021-08-07-07-ct-tu');
const sonLa = seed('son-la-2021-ct-ubnd-thay-the-24');
const hungYen = seed('hung-yen-2021-05-08-261-cv-tu');

describe('the seed table', () => {
  test.each([
    ['Thanh Hóa', thanhHoa, 'thanh-hoa', 'cong-van', '329-CV/TU', 'ban-thuong-vu-tinh-uy', '2021-07-22'],
    ['Hải Dương', haiDuong, 'hai-duong', 'thong-bao-ket-luan', null, 'ban-thuong-vu-tinh-uy', '2020-08-28'],
    ['Nghệ An', ngheAn, 'nghe-an', 'chi-thi', '07-CT/TU', 'ban-thuong-vu-tinh-uy', '2021-08-07'],
    ['Sơn La', sonLa, 'son-la', 'chi-thi', null, 'chu-tich-ubnd-tinh', null],
    ['Hưng Yên', hungYen, 'hung-yen', 'cong-van', '261-CV/TU', 'ban-thuong-vu-tinh-uy', '2021-05-08'],
  ])('%s: province, type, number, issuer, date', (_name, d, province, docType, number, issuer, date) => {
    expect(d.province?.value.id).toBe(province);
    expect(d.docType?.value).toBe(docType);
    expect(d.number?.value ?? null).toBe(number);
    expect(d.issuer?.value.kind).toBe(issuer);
    expect(d.date?.value ?? null).toBe(date);
  });
});

describe('provenance', () => {
  test('Thanh Hóa: every header field is extracted, with a span that points at its text', () => {
    for (const f of [thanhHoa.number, thanhHoa.date, thanhHoa.province, thanhHoa.issuer]) {
      expect(f?.provenance).toBe('extracted');
    }
    const span = thanhHoa.number?.provenance === 'extracted' ? thanhHoa.number.span : null;
    expect(thanhHoa.text.normalized.slice(span!.start, span!.end)).toContain('329-CV/TU');
  });

  test('Hải Dương: the province is inferred from the places its body names', () => {
    expect(haiDuong.province?.provenance).toBe('inferred');
    const evidence = haiDuong.province?.provenance === 'inferred' ? haiDuong.province.evidence.map((e) => e.text) : [];
    expect(evidence.join(' | ')).toMatch(/Hải Dương|Gia Lộc/);
  });

  test('Hải Dương: the date is inferred from the meeting it reports, and says so', () => {
    expect(haiDuong.date?.provenance).toBe('inferred');
    const evidence = haiDuong.date?.provenance === 'inferred' ? haiDuong.date.evidence[0] : undefined;
    expect(evidence?.text).toContain('Ngày 28 tháng 8 năm 2020');
    expect(evidence?.note).toMatch(/meeting/);
  });

  test('Sơn La: no date is invented; it was issued no earlier than the resolution it cites', () => {
    expect(sonLa.date).toBeNull();
    expect(sonLa.dateBounds?.notBefore?.value).toBe('2021-10-11');
    expect(sonLa.dateBounds?.notBefore?.evidence[0]?.text).toContain('128/NQ-CP');
    expect(sonLa.warnings.map((w) => w.code)).toContain('no-date');
  });

  test('Sơn La: it replaces Chỉ thị 24/CT-UBND', () => {
    const replaced = sonLa.citations.filter((c) => c.relation === 'replaces');
    expect(replaced.map((c) => c.number)).toEqual(['24/CT-UBND']);
    expect(replaced[0]?.date).toBe('2021-07-24');
  });

  test('Hưng Yên: the misspelt place "Hung Yên" is read as Hưng Yên, and the note says how it was printed', () => {
    expect(hungYen.place?.value).toBe('Hung Yên');
    expect(hungYen.province?.provenance).toBe('extracted');
    expect(hungYen.province?.provenance === 'extracted' ? hungYen.province.note : '').toContain('Hung Yên');
    expect(hungYen.warnings.map((w) => w.code)).toContain('place-misspelt');
  });

  test('Hưng Yên: the number is read through its markdown debris ("Số **261** - CV/TU")', () => {
    expect(hungYen.number?.value).toBe('261-CV/TU');
  });

  test('Nghệ An: number, type, issuer and date come from the portal’s news lead, and say so', () => {
    expect(ngheAn.number?.provenance === 'extracted' && ngheAn.number.note).toMatch(/news lead/);
    expect(ngheAn.date?.provenance === 'extracted' && ngheAn.date.note).toMatch(/news lead/);
    expect(ngheAn.lead).toContain('Ngày 07/8/2021');
  });
});

describe('web page debris', () => {
  const all = [ngheAn.preamble, ngheAn.closing, ...ngheAn.clauses.map((c) => c.text)].join('\n');
  test.each(['Banner', 'Tin cùng chuyên mục', 'Nguyễn Đức Trung', 'Home-latest-1', 'thẩm phán', 'Nhà giáo Việt Nam'])(
    'nothing of the Nghệ An page’s banner or news list is in its text or clauses: %s',
    (phrase) => {
      expect(all).not.toContain(phrase);
    },
  );
  test('the news lead is kept apart from the directive’s preamble', () => {
    expect(ngheAn.preamble).not.toContain('ban hành Chỉ thị số 07-CT/TU');
    expect(ngheAn.preamble).toMatch(/^Trên địa bàn tỉnh/);
  });
});

describe('header fields', () => {
  test('subject, urgency and recipients of a Party letter (Thanh Hóa)', () => {
    expect(thanhHoa.subject?.value).toBe(
      'tiếp tục tăng cường công tác phòng, chống dịch bệnh Covid-19 trên địa bàn tỉnh',
    );
    expect(thanhHoa.urgency?.value).toBe('khan');
    expect(thanhHoa.recipients?.value).toEqual([
      'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh',
      'Các ban, ban cán sự đảng, đảng đoàn',
      'Các sở, ngành, MTTQ và các đoàn thể cấp tỉnh',
      'Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
    ]);
  });

  test('a subject that runs over two lines (Hưng Yên, Hải Dương)', () => {
    expect(hungYen.subject?.value).toBe('tăng cường thực hiện phòng, chống dịch bệnh Covid - 19');
    expect(haiDuong.subject?.value).toBe(
      'tiếp tục thực hiện các biện pháp phòng, chống dịch Covid-19 trong tình hình mới',
    );
  });

  test('signer and signing capacity', () => {
    expect(haiDuong.signer?.value).toEqual({
      name: 'Triệu Thế Hùng',
      capacity: 'T/M',
      onBehalfOf: 'BAN THƯỜNG VỤ',
      title: 'PHÓ BÍ THƯ',
    });
    expect(hungYen.signer?.value).toEqual({
      name: 'Vũ Văn Thắng',
      capacity: 'T/L',
      onBehalfOf: 'BAN THƯỜNG VỤ',
      title: 'CHÁNH VĂN PHÒNG',
    });
    expect(thanhHoa.signer?.value.name).toBe('Trịnh Tuấn Sinh');
    expect(sonLa.signer).toBeNull();
  });

  test('Nơi nhận, cleaned of the typist’s initials (Hưng Yên: "P.KT-XH^{Th.H}")', () => {
    expect(hungYen.distribution?.value.at(-1)).toBe('Lưu VPTU, P.KT-XH');
    expect(thanhHoa.distribution?.value).toHaveLength(7);
  });
});

describe('the clause tree', () => {
  test('Thanh Hóa: five items; item 3 has a lead-in and seven bullets', () => {
    expect(thanhHoa.clauses.filter((c) => c.depth === 0).map((c) => c.id)).toEqual(['1', '2', '3', '4', '5']);
    const bullets = thanhHoa.clauses.filter((c) => c.parentId === '3');
    expect(bullets.map((c) => c.id)).toEqual(['3.-1', '3.-2', '3.-3', '3.-4', '3.-5', '3.-6', '3.-7']);
    expect(bullets[0]?.leadIn).toMatch(/chú trọng các công việc sau:$/);
    expect(bullets[0]?.text).toMatch(/^Chỉ đạo thực hiện sâu rộng, nghiêm túc yêu cầu "5K"/);
  });

  test('a paragraph that continues an item stays in it (Thanh Hóa item 2, Nghệ An item 1)', () => {
    expect(thanhHoa.clauses.find((c) => c.id === '2')?.text).toContain(
      'triển khai kịp thời các chính sách hỗ trợ người lao động',
    );
    expect(ngheAn.clauses.find((c) => c.id === '1')?.text).toContain('chống dịch như chống giặc');
  });

  test('Hưng Yên numbers its items "1-", "2-"', () => {
    expect(hungYen.clauses.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(hungYen.clauses[0]?.marker).toBe('1-');
  });

  test('Sơn La: lettered items under numbered ones', () => {
    expect(sonLa.clauses.filter((c) => c.parentId === '3').map((c) => c.id)).toEqual([
      '3.a',
      '3.b',
      '3.c',
      '3.d',
      '3.e',
    ]);
    expect(sonLa.clauses.filter((c) => c.depth === 0)).toHaveLength(12);
    expect(sonLa.clauses.find((c) => c.id === '9.c')?.text).toMatch(/^Phối hợp với ngành y tế/);
  });

  test('preamble, operative part and closing are kept apart', () => {
    expect(thanhHoa.preamble).toMatch(/^Hiện nay, tình hình dịch bệnh/);
    expect(thanhHoa.closing).toMatch(/^Giao các Ban, Ủy ban Kiểm tra/);
    expect(haiDuong.closing).toMatch(/nội dung Thông báo kết luận này\.$/);
    expect(sonLa.closing).toMatch(/^Yêu cầu Thủ trưởng/);
    expect(sonLa.closing).toContain('Chỉ thị này thay thế');
    expect(ngheAn.closing).toMatch(/^Các cấp ủy, tổ chức đảng/);
    for (const d of [thanhHoa, haiDuong, ngheAn, sonLa, hungYen]) {
      expect(d.clauses.some((c) => c.text.includes('Nơi nhận'))).toBe(false);
    }
  });

  test('Hải Dương: a sentence broken over a blank line is joined again', () => {
    expect(haiDuong.preamble).toContain('có địa chỉ tại thôn Thượng Bì, xã Yết Kiêu');
  });

  test('every clause id is unique and usable as a URL anchor', () => {
    for (const d of [thanhHoa, haiDuong, ngheAn, sonLa, hungYen]) {
      const ids = d.clauses.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(encodeURIComponent(id)).toBe(id.replace(/\+/g, '%2B'));
    }
  });
});

describe('citations', () => {
  test('normalised, with date and issuer where the text gives them', () => {
    const byNumber = (d: Directive, n: string) => d.citations.find((c) => c.number === n);
    expect(byNumber(ngheAn, '68/NQ-CP')).toMatchObject({
      key: '68-NQ-CP',
      docType: 'nghi-quyet',
      date: '2021-07-01',
      issuer: 'Chính phủ',
      relation: 'implements',
    });
    expect(byNumber(hungYen, '109-BC/BCSĐ')).toMatchObject({ docType: 'bao-cao', date: '2021-05-07' });
    expect(byNumber(thanhHoa, '16/CT-TTg')).toMatchObject({
      docType: 'chi-thi',
      issuer: 'Thủ tướng Chính phủ',
      relation: 'cites',
    });
  });

  test('a directive never cites itself (Nghệ An’s lead names 07-CT/TU)', () => {
    expect(ngheAn.citations.some((c) => c.key === '7-CT-TU')).toBe(false);
  });
});
