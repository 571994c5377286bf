/**
 * The tail of a directive: Nơi nhận (distribution list) and the signature block.
 *
 *   Nơi nhận:                        T/M BAN THƯỜNG VỤ        (T/M: on behalf of the body)
 *   - Như kính gửi;                  PHÓ BÍ THƯ               (chức vụ, the signer's title)
 *   - Lưu Văn phòng Tỉnh ủy.         Triệu Thế Hùng           (Hải Dương)
 *
 * "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG" (by order of; Hưng Yên), "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
 * (deputising). Copied from a two-column table the two blocks interleave, so each line is read by
 * its shape, not by its position.
 */
import type { Line } from './lines.ts';
import type { IssuerKind, Signer } from './schema.ts';
import { isAllCaps } from './header-lines.ts';

const CAPACITY = /^(T\/M|TM|T\/L|TL|KT|TUQ)\s*[.:]?\s+(.+)$/u;
const SIGNED_NOTE = /^\((?:Đã ký|đã ký|Ký|ký)[^)]*\)$/u;
/** A personal name: two to five capitalised syllables ("Trịnh Tuấn Sinh", "Vũ Văn Thắng"). */
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;
const NOT_NAMES = /^(?:Như|Lưu|Các|Ban|Sở|Văn|Báo|Đài|Nơi|Kính)\s/u;

export function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text) && !NOT_NAMES.test(text);
}

/** Could this line stand in a signature block? (Used to find a tail without "Nơi nhận".) */
export function isSignatureLine(text: string): boolean {
  return CAPACITY.test(text) || SIGNED_NOTE.test(text) || isPersonName(text) || (isAllCaps(text) && text.length <= 40);
}

export interface Tail {
  distribution: { items: string[]; lines: Line[] } | null;
  signer: { value: Signer; lines: Line[] } | null;
}

export function readTail(tail: Line[]): Tail {
  const items: string[] = [];
  const distributionLines: Line[] = [];
  const signerLines: Line[] = [];
  const signer: Signer = { name: null, capacity: null, onBehalfOf: null, title: null };
  let inDistribution = false;
  for (const line of tail) {
    const text = line.text;
    const heading = /^Nơi nhận\s*:?\s*(.*)$/iu.exec(text);
    const capacity = CAPACITY.exec(text);
    if (heading) {
      inDistribution = true;
      distributionLines.push(line);
      if (heading[1]) items.push(cleanItem(heading[1]));
    } else if (capacity && signer.capacity !== 'T/M' && signer.capacity !== 'T/L') {
      // "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH": the deputy signs for the body named first.
      signer.capacity = normaliseCapacity(capacity[1]!);
      signer.onBehalfOf = capacity[2]!.trim();
      signerLines.push(line);
    } else if (SIGNED_NOTE.test(text)) {
      continue;
    } else if (capacity || (isAllCaps(text) && text.length <= 60 && !/^[-+•]/.test(text))) {
      signer.title = signer.title ? `${signer.title} ${text}` : text;
      signerLines.push(line);
    } else if (isPersonName(text)) {
      signer.name = text;
      signerLines.push(line);
    } else if (inDistribution) {
      items.push(cleanItem(text));
      distributionLines.push(line);
    }
  }
  return {
    distribution: items.length > 0 ? { items: items.filter(Boolean), lines: distributionLines } : null,
    signer: signerLines.length > 0 ? { value: signer, lines: signerLines } : null,
  };
}

function cleanItem(text: string): string {
  return text
    .replace(/^[-+•]\s*/, '')
    .replace(/[,;.]+$/, '')
    .trim();
}

function normaliseCapacity(raw: string): Signer['capacity'] {
  const c = raw.toUpperCase().replace('/', '');
  if (c === 'TM') return 'T/M';
  if (c === 'TL') return 'T/L';
  if (c === 'KT') return 'KT';
  return 'TUQ';
}

/** The issuer a signature speaks for: "T/M BAN THƯỜNG VỤ" → Ban Thường vụ Tỉnh ủy. */
export function issuerFromSigner(signer: Signer): IssuerKind | null {
  const body = (signer.onBehalfOf ?? '').toLocaleUpperCase('vi');
  const title = (signer.title ?? '').toLocaleUpperCase('vi');
  if (/BAN THƯỜNG VỤ/.test(body)) return 'ban-thuong-vu-tinh-uy';
  if (/THƯỜNG TRỰC/.test(body)) return 'thuong-truc-tinh-uy';
  if (/TỈNH [ỦU]Y|THÀNH [ỦU]Y|BAN CHẤP HÀNH/.test(body)) return 'tinh-uy';
  if (/BAN CHỈ ĐẠO|BCĐ/.test(body)) return 'ban-chi-dao';
  if (/[ỦU]Y BAN NHÂN DÂN|UBND/.test(body)) return 'ubnd-tinh';
  if (/CHỦ TỊCH/.test(body) || (signer.capacity === null && /CHỦ TỊCH/.test(title))) return 'chu-tich-ubnd-tinh';
  return null;
}
