/**
 * List markers of the operative part, from the outermost level in:
 *
 *   part        "I. MỤC TIÊU", "II- NHIỆM VỤ"        plans (kế hoạch) are built of Roman-numbered parts
 *   article     "Điều 1.", "Điều 2:"                 decisions (quyết định) are built of articles
 *   numbered    "1.", "1-" (Hưng Yên), "2)", "3.1."  the items of a directive or letter
 *   lettered    "a)", "b)", "đ)"                      Sơn La's "3. Giao Sở Y tế" → a) … e)
 *   bullet      "-", "•"                              Thanh Hóa's item 3 → seven "-" bullets
 *   sub-bullet  "+"                                   a bullet's own list
 *
 * A marker must be followed by text; "2020 - 2021" or "5K" at the start of a line are not markers.
 */
import type { ClauseKind } from './schema.ts';

export interface Marker {
  kind: Exclude<ClauseKind, 'paragraph' | 'lead'>;
  /** The marker as printed, e.g. "1-", "b)", "Điều 2.". */
  printed: string;
  /** Its label for ids: "1", "3.1", "b", "II", "2" (article); bullets have none. */
  label: string;
  /** Nesting rank: smaller is outer. Hierarchical numbers ("3.1") rank inside their parent. */
  rank: number;
  /** The text after the marker. */
  rest: string;
}

const ROMAN = /^(X{0,3}(?:IX|IV|V?I{0,3}))\s*[.)/-]\s+(?=\p{Lu})/u;
const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]\s*/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)(?:\s*[.)]|\s*-(?!\d))\s*(?=\S)/u;
const LETTERED = /^([a-zđ])\s*\)\s*(?=\S)/u;
// A rule drawn with dashes ("-------") is not a bullet.
const BULLET = /^[-•·▪●◦]\s*(?=[^\s-])/u;
const SUB_BULLET = /^\+\s*(?=\S)/u;

export function markerOf(text: string): Marker | null {
  let m = ARTICLE.exec(text);
  if (m) return make('article', m, m[1]!, 1, text);
  m = ROMAN.exec(text);
  if (m && m[1]) return make('part', m, m[1], 0, text);
  m = NUMBERED.exec(text);
  if (m) {
    const depth = m[1]!.split('.').length - 1;
    return make('numbered', m, m[1]!, 2 + depth / 10, text);
  }
  m = LETTERED.exec(text);
  if (m) return make('lettered', m, m[1]!, 3, text);
  m = BULLET.exec(text);
  if (m) return make('bullet', m, '', 4, text);
  m = SUB_BULLET.exec(text);
  if (m) return make('sub-bullet', m, '', 5, text);
  return null;
}

function make(kind: Marker['kind'], m: RegExpExecArray, label: string, rank: number, text: string): Marker {
  return { kind, printed: m[0].trim(), label, rank, rest: text.slice(m[0].length).trim() };
}
