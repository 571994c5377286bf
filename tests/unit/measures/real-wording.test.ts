/**
 * Orders as real relays and directives phrase them: each case is a literal specification of one
 * cue of content/measures.yaml or one of its false friends.
 */
import { describe, expect, test } from 'vitest';
import { tagClause } from '../../../src/lib/measures/index.ts';

const tags = (text: string) => tagClause(text).measures;

describe('orders in real wording', () => {
  test('"ai ở đâu ở đó" orders stay-at-home', () => {
    expect(tags('Người dân thực hiện nghiêm nguyên tắc “ai ở đâu ở đó”.')).toEqual(['distancing-gatherings']);
  });

  test('"cách ly toàn xã hội" is distancing and a lockdown of the area, not the quarantine of persons', () => {
    expect(tags('Toàn tỉnh thực hiện cách ly toàn xã hội trong 14 ngày.')).toEqual([
      'distancing-gatherings',
      'lockdown-zoning',
    ]);
  });

  test('"không ra khỏi nhà khi không thật cần thiết" orders stay-at-home', () => {
    expect(tags('Người dân không ra khỏi nhà khi không thật cần thiết.')).toEqual(['distancing-gatherings']);
  });

  test('"tạm dừng hoạt động" of services restricts business', () => {
    expect(tags('Tạm dừng hoạt động các cơ sở massage, spa.')).toEqual(['business-restrictions']);
  });

  test('"không tập trung quá 10 người" and "tập trung trên 30 người" cap gatherings', () => {
    expect(tags('Không tập trung quá 10 người tại nơi công cộng.')).toEqual(['distancing-gatherings']);
    expect(tags('Cấm các hoạt động tập trung trên 30 người.')).toEqual(['distancing-gatherings']);
  });

  test('"dừng hoạt động vận tải hành khách" is movement control, not a business closure', () => {
    expect(tags('Dừng hoạt động vận tải hành khách công cộng.')).toEqual(['movement-control']);
    expect(tags('Tạm dừng hoạt động vận chuyển hành khách bằng xe buýt.')).toEqual(['movement-control']);
  });

  test('"hạn chế di chuyển" and "chốt kiểm soát" control movement', () => {
    expect(tags('Người dân hạn chế di chuyển.')).toEqual(['movement-control']);
    expect(tags('Lập chốt kiểm soát tại cửa ngõ.')).toEqual(['movement-control']);
  });

  test('"khai báo y tế", "xét nghiệm diện rộng", "tiêm chủng", "phong tỏa"', () => {
    expect(tags('Bắt buộc khai báo y tế.')).toEqual(['health-declaration']);
    expect(tags('Tổ chức xét nghiệm diện rộng.')).toEqual(['testing']);
    expect(tags('Đẩy nhanh tiêm chủng, tiêm mũi 3.')).toEqual(['vaccination']);
    expect(tags('Phong tỏa tạm thời thôn Đông.')).toEqual(['lockdown-zoning']);
  });

  test('"bán mang về" and "bán hàng mang về" restrict restaurants', () => {
    expect(tags('Cửa hàng chỉ bán mang về.')).toEqual(['business-restrictions']);
    expect(tags('Cửa hàng chỉ bán hàng mang về.')).toEqual(['business-restrictions']);
  });

  test('an exam held under distancing is a school measure', () => {
    expect(tags('Mỗi điểm thi bố trí phòng thi dự phòng cho thí sinh có biểu hiện sốt.')).toContain('schools-events');
  });

  test('violations reported and handled are enforcement', () => {
    expect(tags('Người dân báo ngay cho chính quyền các trường hợp vi phạm quy định phòng dịch.')).toEqual([
      'enforcement-accountability',
    ]);
  });

  test('urgent measures kept up and every task carried out together are the response as a whole', () => {
    expect(tags('Tiếp tục thực hiện các biện pháp cấp bách phòng, chống dịch.')).toEqual(['response-planning']);
    expect(tags('Triển khai đồng bộ các nhiệm vụ phòng, chống dịch.')).toEqual(['response-planning']);
  });

  test('a distancing regime for named areas classes them (zoning); lifted, it zones nothing', () => {
    expect(tags('Đối với huyện Đông Sơn: tiếp tục giãn cách xã hội thêm 7 ngày.')).toEqual([
      'distancing-gatherings',
      'lockdown-zoning',
    ]);
    expect(tags('Kết thúc giãn cách xã hội đối với huyện Đông Sơn.')).not.toContain('lockdown-zoning');
    expect(tags('Tiếp tục giãn cách xã hội trên địa bàn tỉnh.')).toEqual(['distancing-gatherings']);
  });

  test('"học trực tuyến" moves school online', () => {
    expect(tags('Học sinh chuyển sang học trực tuyến.')).toContain('schools-events');
  });
});

describe('false friends in real wording', () => {
  test('"ngoài phạm vi công sở, trường học, bệnh viện" names places, not a school measure', () => {
    expect(tags('Không tập trung quá 20 người ngoài phạm vi công sở, trường học, bệnh viện.')).toEqual([
      'distancing-gatherings',
    ]);
  });

  test('"đi chợ hộ" supplies people kept at home; it does not restrict markets', () => {
    expect(tags('Lực lượng chức năng đi chợ hộ người dân.')).toEqual(['essential-supplies']);
  });

  test('"vi phạm pháp luật" is crime, not a breach of the epidemic rules', () => {
    expect(tags('Đấu tranh, ngăn chặn tội phạm và vi phạm pháp luật.')).toEqual([]);
  });

  test('the department of information named as a body is no propaganda order', () => {
    expect(tags('Sở Thông tin và Truyền thông chủ trì, phối hợp với các đơn vị.')).toEqual([]);
  });

  test("16/CT-TTg's title, as a cited document's subject, is no order of urgent measures", () => {
    expect(tags('Căn cứ Chỉ thị số 16/CT-TTg về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19.')).toEqual(
      [],
    );
  });

  test('a school closure still counts where schools are named otherwise', () => {
    expect(tags('Tạm dừng dạy học trực tiếp tại các trường học.')).toEqual(['schools-events']);
  });
});
