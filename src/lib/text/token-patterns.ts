/**
 * The token forms the tokenizer keeps whole, tried in this order at each position (all sticky).
 *
 * Why each form, with a real example from the seeds:
 * - DOCUMENT_CODE, số hiệu văn bản, first because it starts with digits like a date or a number.
 *   State style, number/[year/]type-agency: "16/CT-TTg", "24/CT-UBND", "68/NQ-CP", "128/NQ-CP"
 *   (and "15/2021/NĐ-CP"). Party style, number-type/agency: "329-CV/TU", "07-CT/TU",
 *   "109-BC/BCSĐ". Letters are ASCII or Đ (signs never carry other marks), so "3-Người" is not a code;
 *   any case is accepted so that a query typed "16/ct-ttg" finds "16/CT-TTg".
 * - DATE: day/month/year "22/7/2021", "07/5/2021", "11/10/2021" (also with '-' or '.' when a 4-digit
 *   year makes it unambiguous), day/month "20/11", month/year "7/2021". A hyphenated pair without a
 *   year ("Nhà giáo Việt Nam 20-11") is NOT a date: the same seed also writes "20 - 11", and
 *   "1-2 ngày" is a range; so "20-11" reads as number, '-', number, like its spaced twin.
 * - NUMBER: "67", "2020" (so "2020 - 2021" is three tokens), "1.000" and "2,5" (Vietnamese
 *   thousands and decimal separators), "50%", and a quantity with its unit "2m" ("giãn cách tối
 *   thiểu 2m"): the unit belongs to the number, so "2m" is one number token.
 * - CHAIN: letters and digits joined by hyphens without spaces; syllables.ts decides whether it is one
 *   identifier ("SARS-CoV-2", "Covid-19", "PC-Covid", "VN-eID", "F0", "5K") or ordinary syllables
 *   joined by a hyphen ("vắc-xin", "kinh tế-xã hội").
 */

const SIGN = String.raw`[A-Za-zĐđ][A-Za-zĐđ0-9]*`;
/** Nothing of a word may follow a token kept whole: "16/CT-TTgx" is not a code. */
const END = String.raw`(?![\p{L}\p{M}\p{Nd}])`;

export const DOCUMENT_CODE = new RegExp(
  [
    String.raw`\d+(?:/\d{4})?/${SIGN}(?:-${SIGN})+`, // 16/CT-TTg, 15/2021/NĐ-CP
    String.raw`\d+(?:/\d{4})?/[A-ZĐ]{2}[A-Za-zĐđ0-9]*`, // 03/2007/QH12: one sign, upper case
    String.raw`\d+-${SIGN}/${SIGN}(?:-${SIGN})*`, // 329-CV/TU, 109-BC/BCSĐ
  ]
    .map((form) => `(?:${form})${END}`)
    .join('|'),
  'uy',
);

/** Groups: day, month, year (undefined when absent); for month/year the day is undefined. */
export const DATE = new RegExp(
  [
    String.raw`(\d{1,2})([/.-])(\d{1,2})\2(\d{4})`, // 22/7/2021, 22-7-2021
    String.raw`(\d{1,2})/(\d{1,2})(?!/\d)`, // 20/11
    String.raw`(\d{1,2})/(\d{4})`, // 7/2021 (tháng 7/2021)
  ]
    .map((form) => `(?:${form})${END}`)
    .join('|'),
  'uy',
);

const UNITS = ['km', 'cm', 'mm', 'kg', 'ha', 'm2', 'm3', 'm', 'g', 'h', '%'];
export const NUMBER = new RegExp(String.raw`\d+(?:[.,]\d+)*(?:${UNITS.join('|')})?${END}`, 'uy');

export const CHAIN = /[\p{L}\p{M}\p{Nd}]+(?:-[\p{L}\p{M}\p{Nd}]+)*/uy;
export const SPACE = /\s+/uy;
export const ANY_CHARACTER = /./suy;

/** A whole document code ("16/CT-TTg"), as opposed to an identifier such as "Covid-19". */
export function isDocumentCode(text: string): boolean {
  DOCUMENT_CODE.lastIndex = 0;
  const match = DOCUMENT_CODE.exec(text);
  return match !== null && match[0].length === text.length;
}

/** The parts of a DATE match, or null when the numbers cannot be a calendar date. */
export function dateParts(match: RegExpExecArray): { day?: number; month: number; year?: number } | null {
  const [, d1, , m1, y1, d2, m2, m3, y3] = match;
  const day = d1 ?? d2;
  const month = Number(m1 ?? m2 ?? m3);
  const year = y1 ?? y3;
  if (month < 1 || month > 12) return null;
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return null;
  return {
    ...(day !== undefined && { day: Number(day) }),
    month,
    ...(year !== undefined && { year: Number(year) }),
  };
}
