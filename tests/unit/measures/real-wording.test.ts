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

  test('"cách ly toàn xã hội" is distancing, not the quarantine of persons', () => {
    expect(tags('Toàn tỉnh thực hiện cách ly toàn xã hội trong 14 ngày.')).toEqual(['distancing-gatherings']);
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

  test('a school closure still counts where schools are named otherwise', () => {
    expect(tags('Tạm dừng dạy học trực tiếp tại các trường học.')).toEqual(['schools-events']);
  });
});
