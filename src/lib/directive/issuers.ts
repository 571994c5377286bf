/**
 * Cơ quan ban hành: the bodies that issue provincial Covid-19 directives, and how the text names them.
 *
 * Where the issuer shows itself (seed examples):
 * - speaking in the preamble, right before the operative part:
 *   "…, Ban Thường vụ Tỉnh ủy yêu cầu:" (Hưng Yên), "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu …" (Sơn La),
 *   "Ban Thường vụ Tỉnh ủy có ý kiến như sau:" (Hải Dương);
 * - in a news lead: "Ngày 07/8/2021, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 07-CT/TU" (Nghệ An);
 * - in a title: "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY" (Hải Dương);
 * - in the signature: "T/M BAN THƯỜNG VỤ" (on behalf of), "T/L BAN THƯỜNG VỤ" (by order of);
 * - in the header's left column: "TỈNH ỦY THANH HÓA", "ỦY BAN NHÂN DÂN TỈNH SƠN LA".
 */
import type { IssuerKind } from './schema.ts';

export const ISSUER_LABELS: Record<IssuerKind, string> = {
  'ban-thuong-vu-tinh-uy': 'Ban Thường vụ Tỉnh ủy',
  'thuong-truc-tinh-uy': 'Thường trực Tỉnh ủy',
  'tinh-uy': 'Tỉnh ủy',
  'ubnd-tinh': 'UBND tỉnh',
  'chu-tich-ubnd-tinh': 'Chủ tịch UBND tỉnh',
  'hdnd-tinh': 'HĐND tỉnh',
  'ban-chi-dao': 'Ban Chỉ đạo phòng, chống dịch tỉnh',
};

/**
 * "Ban Thường vụ Tỉnh ủy Thanh Hóa": the issuer as printed, completed with the province when its name
 * lacks it ("Ban Thường vụ Tỉnh ủy" alone names a body of every province). Null when no issuer is
 * known: a province is not an issuer. Stored on each directive as `issuerName` (naming.ts).
 */
export function issuerWithProvince(issuer: string | null, province: string | null): string | null {
  if (!issuer) return null;
  if (!province || issuer.includes(province)) return issuer;
  return `${issuer} ${province}`;
}

const UBND = String.raw`(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)`;
const PROVINCE_WORD = String.raw`(?:tỉnh|thành phố|Tỉnh|Thành phố)`;
const PARTY_COMMITTEE = String.raw`(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)`;

/** Issuer names in prose, most specific first (a Chủ tịch UBND is not the UBND). */
const ISSUER_NAMES: ReadonlyArray<[IssuerKind, string]> = [
  ['ban-thuong-vu-tinh-uy', String.raw`Ban Thường vụ ${PARTY_COMMITTEE}`],
  ['thuong-truc-tinh-uy', String.raw`Thường trực ${PARTY_COMMITTEE}`],
  ['chu-tich-ubnd-tinh', String.raw`Chủ tịch ${UBND} ${PROVINCE_WORD}`],
  ['ubnd-tinh', String.raw`${UBND} ${PROVINCE_WORD}`],
  ['hdnd-tinh', String.raw`(?:Hội đồng nhân dân|HĐND) ${PROVINCE_WORD}`],
  ['ban-chi-dao', String.raw`Ban Chỉ đạo(?: phòng,? chống dịch[^,.;:]{0,60}?)? ${PROVINCE_WORD}`],
  ['tinh-uy', String.raw`(?:Ban Chấp hành Đảng bộ tỉnh|${PARTY_COMMITTEE})`],
];

/** What an issuer does in the sentence that introduces the operative part. */
const SPEAKING_VERBS = String.raw`(?:đã\s+)?(?:yêu cầu|chỉ thị|quyết định|có ý kiến|kết luận|ban hành|đề nghị|thông báo|chỉ đạo)`;

export interface IssuerMention {
  kind: IssuerKind;
  index: number;
  length: number;
  text: string;
}

/** Every place where an issuer speaks ("Ban Thường vụ Tỉnh ủy yêu cầu"), in text order. */
export function findSpeakingIssuers(text: string): IssuerMention[] {
  const found: IssuerMention[] = [];
  for (const [kind, name] of ISSUER_NAMES) {
    const re = new RegExp(`(?<![\\p{L}])(${name})\\s+${SPEAKING_VERBS}(?![\\p{L}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const printed = m[1] ?? '';
      if (found.some((f) => m!.index >= f.index && m!.index < f.index + f.length)) continue;
      found.push({ kind, index: m.index, length: printed.length, text: printed });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The issuer a name denotes, when the whole of `text` is one ("BAN THƯỜNG VỤ TỈNH ỦY"). */
export function issuerFromName(text: string): IssuerKind | null {
  const clean = text.trim().replace(/\s+/g, ' ');
  for (const [kind, name] of ISSUER_NAMES) {
    if (new RegExp(`^(?:${name})(?:\\s+\\S.*)?$`, 'iu').test(clean)) return kind;
  }
  return null;
}

/** The issuer named anywhere inside `text` (first, most specific), e.g. in a title line. */
export function findIssuerName(text: string): IssuerMention | null {
  for (const [kind, name] of ISSUER_NAMES) {
    const m = new RegExp(`(?<![\\p{L}])(?:${name})(?![\\p{L}])`, 'iu').exec(text);
    if (m) return { kind, index: m.index, length: m[0].length, text: m[0] };
  }
  return null;
}
