/**
 * The numbers a clause sets (periods/parameters.ts), on wording the project writes in the shapes
 * of provincial directives, and the numbers that must never become a parameter.
 */
import { describe, expect, test } from 'vitest';
import { readParameters } from '../../../src/lib/periods/parameters.ts';

const read = (text: string) => readParameters({ text, offset: 0, line: 1 }).map((p) => [p.kind, p.value, p.unit]);

describe('readParameters: the forms', () => {
  test.each([
    ['Không tập trung quá 10 người ngoài phạm vi công sở, trường học, bệnh viện.', 'max_gathering', 10, 'people'],
    ['Không tụ tập trên 20 người tại nơi công cộng.', 'max_gathering', 20, 'people'],
    ['Nghiêm cấm tụ tập quá mười người ở nơi công cộng.', 'max_gathering', 10, 'people'],
    ['Đám cưới, đám tang tổ chức không quá hai mươi người.', 'max_gathering', 20, 'people'],
    ['Người dân giữ khoảng cách tối thiểu 2 mét khi giao tiếp.', 'min_distance', 2, 'm'],
    ['Yêu cầu giữ khoảng cách 2m giữa người với người.', 'min_distance', 2, 'm'],
    ['Bố trí chỗ ngồi cách nhau ít nhất 1,5 mét.', 'min_distance', 1.5, 'm'],
    ['Nhà hàng, quán ăn hoạt động không quá 50% công suất.', 'capacity_pct', 50, '%'],
    ['Các cơ sở được hoạt động với công suất tối đa 30%.', 'capacity_pct', 30, '%'],
    ['Xe khách liên tỉnh chở không quá 50% số ghế.', 'max_passengers_pct', 50, '%'],
    ['Người nhập cảnh cách ly tập trung 21 ngày.', 'quarantine_days', 21, 'days'],
    ['F1 thực hiện cách ly y tế tại nhà đủ 14 ngày.', 'quarantine_days', 14, 'days'],
    ['Sau 7 ngày cách ly tập trung, xét nghiệm lần hai.', 'quarantine_days', 7, 'days'],
    ['Xét nghiệm SARS-CoV-2 cho người lao động 3 ngày/lần.', 'test_interval_days', 3, 'days'],
    ['Tổ chức xét nghiệm định kỳ 7 ngày một lần cho tiểu thương.', 'test_interval_days', 7, 'days'],
    ['Lấy mẫu xét nghiệm 1 lần/5 ngày đối với tài xế.', 'test_interval_days', 5, 'days'],
  ])('%s', (text, kind, value, unit) => {
    expect(read(text)).toContainEqual([kind, value, unit]);
  });

  test('a curfew: "không ra khỏi nhà từ 18 giờ đến 6 giờ sáng hôm sau"', () => {
    expect(read('Người dân không ra khỏi nhà từ 18 giờ đến 6 giờ sáng hôm sau, trừ trường hợp cần thiết.')).toEqual([
      ['curfew_from', 18, 'hour'],
      ['curfew_to', 6, 'hour'],
    ]);
    expect(read('Hạn chế người ra đường từ 18h00 đến 06h00.')).toEqual([
      ['curfew_from', 18, 'hour'],
      ['curfew_to', 6, 'hour'],
    ]);
    expect(read('Cấm ra đường từ 21 giờ 30 đến 5 giờ.')).toContainEqual(['curfew_from', 21.5, 'hour']);
  });

  test('each parameter keeps the words it was read from and their span', () => {
    const text = 'Yêu cầu không tập trung quá 10 người.';
    const [p] = readParameters({ text, offset: 50, line: 3 });
    expect(p).toMatchObject({ provenance: 'extracted', text: 'tập trung quá 10 người', span: { line: 3 } });
    if (p?.provenance === 'extracted') expect(text.slice(p.span.start - 50, p.span.end - 50)).toBe(p.text);
  });

  test('several in one clause, each once', () => {
    expect(
      read(
        'Không tập trung quá 10 người; giữ khoảng cách tối thiểu 2 mét. Không tập trung quá 10 người nơi công cộng.',
      ),
    ).toEqual([
      ['max_gathering', 10, 'people'],
      ['min_distance', 2, 'm'],
    ]);
  });
});

describe('readParameters: numbers that are not parameters', () => {
  test.each([
    ['Trên địa bàn tỉnh đã ghi nhận 67 ca dương tính, 20 người đang điều trị.'],
    ['Ưu tiên tiêm chủng cho người trên 65 tuổi và 10 người có bệnh nền.'],
    ['Liên hệ đường dây nóng 0912 345 678 hoặc 1900 9095 khi có người sốt.'],
    ['Tổ chức cách ly cho 120 người về từ vùng dịch; đã có 14 ngày không ghi nhận ca mới.'],
    ['Thực hiện giãn cách từ 0 giờ ngày 2/8/2021 đến hết ngày 15/8/2021 và không ra khỏi nhà.'],
    ['Chợ hoạt động từ 6 giờ đến 18 giờ; người dân không ra đường khi không cần thiết.'],
    ['Tỷ lệ tiêm chủng đạt 50% dân số, phấn đấu đạt 70% số người trên 18 tuổi.'],
    ['Không tập trung từ 10 người trở lên; hạn chế tụ tập dưới 20 người.'],
    ['Hỗ trợ 1.500.000 đồng cho mỗi người lao động trong 14 ngày.'],
    ['Thành lập 3 tổ kiểm tra, mỗi tổ 5 người, kiểm tra 7 ngày một lần các cơ sở kinh doanh.'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
