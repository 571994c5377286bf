/**
 * Documents in scope (issue 20, item 4): a central directive is central and never gets the province
 * of its place line; a document not about Covid-19 is ingested and searchable but carries no measure
 * tags. The files are written here, in the shapes real folders hold, and go through the real ingest.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestDirectory } from '../../../src/lib/ingest/ingest.ts';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import { parseDirective } from '../../../src/lib/directive/parse.ts';
import { tagDirective } from '../../../src/lib/measures/tag-directive.ts';
import { applyScope } from '../../../src/lib/scope/apply-scope.ts';
import { tempFolder, type TempFolder } from '../ingest/temp-folder.ts';

/** A Prime Minister's directive, signed in Hà Nội, on prices: central and not about Covid-19. */
const CENTRAL_PRICES = `THỦ TƯỚNG CHÍNH PHỦ
Số: 27/CT-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 6 năm 2024

CHỈ THỊ
Về việc tăng cường quản lý giá các mặt hàng thiết yếu

Thời gian qua, giá một số mặt hàng biến động.
1. Các bộ, cơ quan tăng cường tuyên truyền, phổ biến pháp luật về giá đến người dân.
2. Tăng cường kiểm tra, thanh tra việc niêm yết giá; xử lý nghiêm các hành vi vi phạm.
3. Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm trước Thủ tướng về quản lý giá trên địa bàn.

Nơi nhận:
- Các bộ, cơ quan ngang bộ;
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
`;

/** A Prime Minister's directive on Covid-19: central, about Covid, a template — still no province. */
const CENTRAL_COVID = `THỦ TƯỚNG CHÍNH PHỦ
Số: 31/CT-TTg
Hà Nội, ngày 5 tháng 4 năm 2020

CHỈ THỊ
Về một số biện pháp cấp bách phòng, chống dịch COVID-19

1. Người dân ở tại nhà, chỉ ra ngoài khi thật cần thiết; đeo khẩu trang nơi công cộng.
2. Tạm dừng hoạt động các cơ sở kinh doanh dịch vụ không thiết yếu.
`;

/** A province's directive on e-invoices: its orders share words with Covid measures, and are not. */
const EINVOICE = `ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN
Số: 03/CT-UBND
Ninh Thuận, ngày 8 tháng 1 năm 2021

CHỈ THỊ
Về việc triển khai sử dụng hóa đơn điện tử trên địa bàn tỉnh

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Cục Thuế tỉnh chủ trì triển khai hóa đơn điện tử đối với doanh nghiệp, hộ kinh doanh; kiểm tra, xử lý nghiêm các trường hợp vi phạm.
2. Sở Thông tin và Truyền thông, Báo Ninh Thuận tuyên truyền lợi ích của hóa đơn điện tử trên cổng thông tin và ứng dụng công nghệ thông tin.
3. Sở Công Thương hướng dẫn các siêu thị, trung tâm thương mại, nhà hàng sử dụng hóa đơn điện tử.
`;

let folder: TempFolder;
let byName: Map<string, Directive>;

beforeAll(async () => {
  folder = tempFolder('scope');
  writeFileSync(join(folder.dir, 'central-prices.txt'), CENTRAL_PRICES);
  writeFileSync(join(folder.dir, 'central-covid.txt'), CENTRAL_COVID);
  writeFileSync(join(folder.dir, 'e-invoice.txt'), EINVOICE);
  const { directives } = await ingestDirectory({ dir: folder.dir, cache: false });
  byName = new Map(directives.map((d) => [d.id, d]));
});

afterAll(() => folder.remove());

describe('a central document', () => {
  test('a Thủ tướng directive signed "Hà Nội, ngày …" has no province, and says why it is central', () => {
    const d = byName.get('central-prices')!;
    expect(d.province).toBeNull();
    expect(d.scope).toMatchObject({ level: 'central' });
    expect(d.scope!.evidence[0]).toMatchObject({ text: '27/CT-TTg' });
    expect(d.issuerName ?? '').not.toContain('Hà Nội');
  });

  test('about Covid-19, it is kept with its tags as a template, still without a province', () => {
    const d = byName.get('central-covid')!;
    expect(d.province).toBeNull();
    expect(d.scope).toMatchObject({ kind: 'central', level: 'central', covid: true });
    expect(d.measures).toEqual(expect.arrayContaining(['masks-5k', 'business-restrictions']));
  });
});

describe('a document not about Covid-19', () => {
  test('a provincial e-invoice directive is ingested with its province and clauses, and carries no measure tags', () => {
    const d = byName.get('e-invoice')!;
    expect(d.province?.value.name).toBe('Ninh Thuận');
    expect(d.clauses.length).toBe(3);
    expect(d.scope).toMatchObject({ kind: 'off-topic', level: 'provincial', covid: false });
    expect(d.measures).toEqual([]);
    expect(d.clauses.flatMap((c) => [...c.measures, ...c.cues.map((h) => h.measure)])).toEqual([]);
  });

  test('the central price directive, not about Covid-19 either, carries no tags', () => {
    const d = byName.get('central-prices')!;
    expect(d.scope).toMatchObject({ kind: 'off-topic', covid: false });
    expect(d.measures).toEqual([]);
  });
});

describe('one word does not decide', () => {
  const scoped = (text: string) => applyScope(tagDirective(parseDirective({ file: 'x.txt', text })));

  test('a Tết directive whose title never names the disease but whose clauses order Covid measures is about Covid', () => {
    const d = scoped(`ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Số: 40/CT-UBND
Phú Thọ, ngày 20 tháng 12 năm 2021

CHỈ THỊ
Về việc tổ chức đón Tết Nguyên đán vui tươi, an toàn

1. Các sở, ngành tổ chức các hoạt động mừng Đảng, mừng Xuân bảo đảm an toàn phòng, chống dịch Covid-19; hạn chế tập trung đông người.
2. Sở Y tế đẩy nhanh tiêm vắc xin mũi 3, sẵn sàng cách ly, điều trị F0 trong dịp Tết.
3. Sở Công Thương bảo đảm cung ứng hàng hóa thiết yếu, bình ổn thị trường dịp Tết.
4. Công an tỉnh bảo đảm an ninh trật tự, an toàn giao thông.
`);
    expect(d.scope).toMatchObject({ kind: 'provincial', covid: true });
    expect(d.measures).toEqual(expect.arrayContaining(['vaccination', 'distancing-gatherings']));
  });

  test('an exam directive that says "phòng dịch" once in passing is not', () => {
    const d = scoped(`ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Số: 12/CT-UBND
Phú Thọ, ngày 10 tháng 5 năm 2021

CHỈ THỊ
Về tăng cường chỉ đạo Kỳ thi tốt nghiệp trung học phổ thông năm 2021

1. Sở Giáo dục và Đào tạo ban hành văn bản hướng dẫn tổ chức kỳ thi đúng quy chế; bảo đảm nghiêm túc, khách quan.
2. Công an tỉnh bảo đảm an ninh, an toàn tuyệt đối cho việc vận chuyển, bảo quản đề thi và bài thi.
3. Sở Y tế chuẩn bị vật tư, thuốc men, bố trí cán bộ y tế tại các điểm thi, sẵn sàng phương án phòng dịch.
4. Sở Tài chính bố trí kinh phí tổ chức kỳ thi theo quy định.
5. Ủy ban nhân dân các huyện, thành phố chỉ đạo các cơ quan liên quan phối hợp tổ chức kỳ thi an toàn, đúng quy chế.
`);
    expect(d.scope).toMatchObject({ kind: 'off-topic', covid: false });
    expect(d.measures).toEqual([]);
  });
});
