/**
 * Số hiệu: document codes. Party and state documents write them differently, and copies add
 * spaces and debris, so the same document shows up as several strings:
 *
 *   Party (Đảng) style   "329-CV/TU", "07-CT/TU", "109-BC/BCSĐ"   number - TYPE / ISSUER
 *   state style          "24/CT-UBND", "16/CT-TTg", "68/NQ-CP"    number / TYPE - ISSUER
 *   with a year          "117/2020/NĐ-CP"                        number / year / TYPE - ISSUER
 *   as copied            "**261** - CV/TU", "07/CT-TU"
 *
 * `docCodeKey` maps every spelling of one code to one key, so citations, search and links agree.
 */
import { foldDiacritics } from '../text/fold.ts';
import { docTypeFromCodeLetters } from './doc-types.ts';
import type { DocType } from './schema.ts';

/**
 * A code in running text: a number, then two or three letter groups joined by - or /.
 * Why its parts:
 * - `(?<!\d)`: the number starts at a digit boundary, so "1211/12/…" never yields "11/…" and a
 *   code is never read from the middle of a longer number (issue 12, item 7);
 * - `\d{1,5}`, an optional `/2021` year ("117/2020/NĐ-CP"), then a separator with at most one space
 *   on each side as copies print it ("07 - CĐ/TU", "388 /UBND-KGVX", "1903/QĐ- UBND");
 * - the first letter group starts with a capital ("CT", "QĐ", "KH"); the later ones may hold digits
 *   and run to ten characters ("UBND-TH5", "QĐ-UBND-HC", "SGDĐT-CTTTT"): one to three of them;
 * - a later group is capitals and digits, save the two issuers written with a small letter, "TTg"
 *   (Thủ tướng) and "TTr" (tờ trình): text from a PDF glues the next word on ("16/CT-TTgcủa Thủ
 *   tướng", "329-CV/TUngày 22/7/2021"), and a group that took small letters would read "TTgc", "TUng".
 */
export const DOC_CODE_PATTERN = String.raw`(?<!\d)\d{1,5}(?:/\d{4})?\s?[-/]\s?[A-ZĐ][A-Za-zĐđ]{0,7}(?:\s?[-/]\s?(?:TT[gr]|[A-ZĐ][A-ZĐ0-9]{0,9})){1,3}`;

export interface DocCode {
  /** Cleaned, as printed: "261-CV/TU". */
  printed: string;
  number: string;
  /** Letter groups after the number: ["CV", "TU"]. */
  groups: string[];
  /** The kind its type letters say, if they are known: CV → công văn. */
  docType: DocType | null;
  key: string;
}

/** Reads a code written in any of the forms above; null when `text` holds none. */
export function parseDocCode(text: string): DocCode | null {
  const cleaned = text
    .replace(/\*\*|__/g, '')
    .replace(/\s*([-/])\s*/g, '$1')
    .trim();
  const match = new RegExp(`^(?:${DOC_CODE_PATTERN.replace(/\\s\?/g, '')})`).exec(cleaned);
  if (!match) return null;
  const printed = match[0];
  const [number = '', ...rest] = printed.split(/[-/]/);
  // "117/2020/NĐ-CP": the year belongs to the number, so two decrees of one number stay apart.
  const year = /^\d{4}$/.test(rest[0] ?? '') ? rest.shift() : undefined;
  const groups = rest;
  const docType = groups[0] ? docTypeFromCodeLetters(groups[0]) : null;
  return { printed, number, groups, docType, key: docCodeKey(year ? `${number}/${year}` : number, groups) };
}

/**
 * The key: number without leading zeros, then the letter groups folded and upper-cased, joined by
 * "-": "07-CT/TU", "07/CT-TU" and "7-ct-tu" all give "7-CT-TU". Separators are dropped on purpose:
 * copies swap them freely, and no two real codes differ only by a separator.
 */
export function docCodeKey(number: string, groups: string[]): string {
  const n = number.replace(/^0+(?=\d)/, '').replace('/', '-');
  return [n, ...groups.map((g) => foldDiacritics(g).toUpperCase())].join('-');
}

/** Issuer parts only central bodies print: the Prime Minister, the Government, ministries, the Party's centre. */
const CENTRAL_ISSUER_PARTS: ReadonlySet<string> = new Set([
  'TTG',
  'CP',
  'VPCP',
  'BYT',
  'BGDĐT',
  'BGDDT',
  'BCT',
  'BTC',
  'BCA',
  'BQP',
  'BGTVT',
  'BTTTT',
  'BNV',
  'BLĐTBXH',
  'TW',
  'VPTW',
  'QH',
  'UBTVQH',
]);

/** Whether a code is a central body's: "16/CT-TTg", "128/NQ-CP", "172-TB/TW", "3968/QĐ-BYT". */
export function isCentralCode(code: DocCode): boolean {
  return code.groups.some((g) => CENTRAL_ISSUER_PARTS.has(g.toUpperCase()));
}
