/**
 * The Oxford Covid-19 Government Response Tracker indicators, named in Vietnamese for the pages
 * (the codes come from measures/schema.ts; the English names are the tracker's own).
 */
import type { OxcgrtCode } from '../measures/schema.ts';

export const OXCGRT_LABELS: Record<OxcgrtCode, string> = {
  C1: 'đóng cửa trường học',
  C2: 'đóng cửa nơi làm việc',
  C3: 'hủy sự kiện công cộng',
  C4: 'hạn chế tụ tập',
  C5: 'dừng giao thông công cộng',
  C6: 'yêu cầu ở nhà',
  C7: 'hạn chế đi lại trong nước',
  C8: 'kiểm soát đi lại quốc tế',
  E1: 'hỗ trợ thu nhập',
  E2: 'giãn, hoãn nợ',
  E3: 'biện pháp tài khóa',
  E4: 'viện trợ quốc tế',
  H1: 'truyền thông công cộng',
  H2: 'chính sách xét nghiệm',
  H3: 'truy vết tiếp xúc',
  H4: 'đầu tư khẩn cấp cho y tế',
  H5: 'đầu tư vắc xin',
  H6: 'che mặt, khẩu trang',
  H7: 'chính sách tiêm chủng',
  H8: 'bảo vệ người cao tuổi',
  V1: 'ưu tiên tiêm chủng',
  V2: 'đối tượng được tiêm',
  V3: 'chi phí tiêm chủng',
  V4: 'bắt buộc tiêm chủng',
};
