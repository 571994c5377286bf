/**
 * Recognisers for the lines of a directive's header. A header is a stack of short lines whose
 * shapes are fixed by custom (Nghị định 30/2020/NĐ-CP for state documents, Hướng dẫn 36-HD/VPTW for
 * Party ones); copied as text, its two columns come out one after the other, as "a | b" cells, or
 * with "-------" rules between them. Each recogniser names one shape, with a seed example.
 */

/** Quốc hiệu and tiêu ngữ, the Party's name line, and the "*" under a Party header. */
export const NATIONAL_MOTTO =
  /^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM|\*)$/iu;

/**
 * "Số 329-CV/TU", "Số: 24/CT-UBND", "Số **261** - CV/TU" — but not a metadata "Số hiệu: …". A
 * flattened table may put a letter's subject in the same cell: "Số: 512/UBND-KGVX V/v tiếp tục …"
 * (group 2 is then the subject). Lazy and bounded: one try is a few hundred steps at most.
 */
export const NUMBER_LINE =
  /^Số(?!\s*(?:hiệu|công báo))(?:\s*:\s*|\s+)(.{0,40}?)(?:\s+(?:V\/v|V\/V|v\/v)\s+(.{1,300}))?$/u;

/**
 * "Thanh Hóa, ngày 22 tháng 7 năm 2021", "Hung Yên, ngày 08 tháng 5 năm 2021",
 * "Sơn La, ngày 15/10/2021". The place is captured as printed, misspellings and all.
 */
export const PLACE_DATE_LINE = /^([\p{L}][\p{L}.\s-]{1,40}?)\s*,\s*(ngày\s+.+)$/u;

/** Độ khẩn, printed alone on a line: "KHẨN" (Thanh Hóa), "HỎA TỐC", "THƯỢNG KHẨN". */
export const URGENCY_LINE = /^(?:ĐỘ KHẨN\s*:\s*)?(KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC)(?:\s*!)?$/u;

/** Trích yếu of a letter: "V/v tiếp tục tăng cường …", "Về tăng cường thực hiện phòng," (Hưng Yên). */
export const SUBJECT_LINE = /^(?:V\/v|V\/V|v\/v|Về|VỀ|về)\s+(.+)$/u;

/** Kính gửi, alone or with its first recipient: "Kính gửi: - Các ban Đảng tỉnh, …" (Hưng Yên). */
export const RECIPIENTS_LINE = /^-?\s*Kính gửi\s*:?\s*(.*)$/iu;

/** A công điện names its sender and then its recipients: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:". */
export const DISPATCH_LINE = /^(\p{Lu}[^:]{3,80}?)\s+(?:điện|ĐIỆN)\s*:\s*(.*)$/u;

/**
 * Lines that open a body, never a header, however short: the legal bases of a decision
 * ("Căn cứ Luật Phòng, chống bệnh truyền nhiễm năm 2007;", "Theo đề nghị của Giám đốc Sở Y tế").
 */
export const BODY_OPENER = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Thực hiện|Triển khai|Trên cơ sở)\s/u;

/**
 * The title in capitals: "CHỈ THỊ" (Sơn La), "THÔNG BÁO" then "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY"
 * (Hải Dương), "CÔNG ĐIỆN", "QUYẾT ĐỊNH", "KẾ HOẠCH". A title may run on: "CHỈ THỊ VỀ …".
 */
export const TITLE_LINE =
  /^(THÔNG BÁO KẾT LUẬN|CÔNG ĐIỆN|CÔNG VĂN|CHỈ THỊ|NGHỊ QUYẾT|QUYẾT ĐỊNH|KẾ HOẠCH|HƯỚNG DẪN|THÔNG BÁO|KẾT LUẬN)(?![\p{Ll}])(.*)$/u;

/**
 * Left column of the header: the issuing body in capitals, "TỈNH ỦY THANH HÓA",
 * "ỦY BAN NHÂN DÂN TỈNH SƠN LA", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "BCĐ PHÒNG, CHỐNG DỊCH COVID-19",
 * "ĐẢNG BỘ TỈNH QUẢNG NINH" (a Party header's first line, above "TỈNH ỦY").
 */
export const ISSUER_HEADER_LINE =
  /^(TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|BAN CHẤP HÀNH ĐẢNG BỘ|ĐẢNG BỘ|BAN THƯỜNG VỤ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|BAN CHỈ ĐẠO|BCĐ|CHỦ TỊCH ỦY BAN NHÂN DÂN|VĂN PHÒNG)\b(.*)$/u;

/**
 * A legal database's metadata block, pasted above the real header: "Số hiệu: 16/CT-TTg",
 * "Loại văn bản: Chỉ thị", "Ngày ban hành: 31/03/2020". Its values may describe another document
 * (the page's related list), so the header never reads them.
 */
export const METADATA_LINE =
  /^(?:Số hiệu|Ký hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày có hiệu lực|Ngày công báo|Số công báo|Tình trạng|Tình trạng hiệu lực|Lĩnh vực|Ngày đăng|Văn bản liên quan|Văn bản được hướng dẫn|Văn bản căn cứ|Văn bản bị thay thế|Văn bản thay thế|Văn bản hợp nhất|Văn bản gốc|Thuộc tính|Lược đồ|Tải về)\s*:?/iu;

/** A line all in capitals (titles, bodies, signature titles), ignoring digits and punctuation. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 2 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi')
  );
}

/** A paragraph of running prose rather than a header line: long, with lower-case words. */
export function isProse(text: string): boolean {
  if (text.length >= 120) return true;
  if (text.length < 60) return false;
  return /\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(text) && /[.;:]$/.test(text);
}

/** Text that stops mid-sentence ("… công tác phòng,"), so the next line continues it. */
export function endsOpen(text: string): boolean {
  return !/[.;:!?"')\]]$/.test(text) || text.endsWith(',');
}
