/**
 * The regular expressions that find place names in a body text.
 *
 * Unit words (UNIT_WORDS) introduce a name; after one, the name is read tolerantly (any
 * diacritics, either tone placement), because the unit word already says a place follows. Forms
 * accepted, with where each is seen:
 * - tỉnh X, Tỉnh ủy X                 "trên địa bàn tỉnh Hưng Yên" (Hưng Yên seed), "tỉnh Sơn La"
 *                                      (Sơn La seed), "Banner Tỉnh ủy Nghệ An" (Nghệ An seed)
 * - thành phố X, TP X, TP. X, Thành ủy X
 *                                      "thành phố Hồ Chí Minh" (Thanh Hóa seed: a centrally-run city),
 *                                      "thành phố Hải Dương" (Hải Dương seed: a province's city),
 *                                      "TP Vinh" (Nghệ An seed)
 * - thủ đô X                          "Thủ đô Hà Nội"
 * - huyện X, Huyện ủy X               "huyện Gia Lộc" (Hải Dương), "huyện Nam Đàn" (Nghệ An),
 *                                      "Ban Thường vụ Huyện ủy Phù Cừ" (Hưng Yên)
 * - thị xã X, Thị ủy X                "thị xã Mỹ Hào", "Thị ủy Mỹ Hào" (Hưng Yên)
 * - quận X, Quận ủy X                 "Quận 1", "quận Hoàn Kiếm" (Hà Nội, TP. Hồ Chí Minh texts)
 * Unit words match in any case ("TỈNH ỦY THANH HÓA" in a heading) and take "ủy" or "uỷ". The
 * name must start with a capital (or a digit, for "Quận 1"): "tỉnh ta", "tỉnh báo cáo",
 * "thành phố phía Nam" (Thanh Hóa seed) are not places.
 *
 * A list after one unit word (LIST_SEPARATOR) goes on while each item is a known name:
 * "huyện Bình Giang, Thanh Hà, Nam Sách" (Hải Dương seed).
 *
 * The dateline (PLACE_LINE) names the place of issue at the start of a line:
 * "Hung Yên, ngày 08 tháng 5 năm 2021" (Hưng Yên seed, misspelt), "Thanh Hóa, ngày 22 tháng 7 năm
 * 2021" (Thanh Hóa seed); the place is read tolerantly too.
 */
import type { DistrictKind } from './types.ts';

/** What the name after a unit word is looked up as. `city`: a centrally-run city, else a district. */
export type UnitTarget = 'province' | 'city' | 'district';

export interface UnitWord {
  target: UnitTarget;
  /** The district kind the unit word implies, preferred when a name is shared. */
  kind?: DistrictKind;
  re: RegExp;
}

/** Not preceded by a letter, mark or digit (JS `\b` does not know Vietnamese letters). */
const START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** "ủy" and "uỷ": both tone placements are in the seeds ("Tỉnh ủy" 84×, "Tỉnh uỷ" 2×). */
const UY = '(?:ủy|uỷ)';
/** Spaces, or one line break: the Hải Dương seed breaks a line inside "thôn\n\nThượng Bì". */
const GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*)';

function unitWord(target: UnitTarget, words: string, kind?: DistrictKind): UnitWord {
  const re = new RegExp(`${START}(?:${words})`, 'giu');
  return kind === undefined ? { target, re } : { target, kind, re };
}

export const UNIT_WORDS: readonly UnitWord[] = [
  unitWord('province', `tỉnh(?:[ \\t]+${UY})?${GAP}|thủ[ \\t]+đô${GAP}`),
  unitWord('city', `thành[ \\t]+(?:phố|${UY})${GAP}|tp\\.[ \\t]*|tp${GAP}`, 'thành phố'),
  unitWord('district', `huyện(?:[ \\t]+${UY})?${GAP}`, 'huyện'),
  unitWord('district', `thị[ \\t]+(?:xã|${UY})${GAP}`, 'thị xã'),
  unitWord('district', `quận(?:[ \\t]+${UY})?${GAP}`, 'quận'),
];

/** One word of a name: letters with their marks, or digits ("Quận 12"). */
export const NAME_WORD = /[\p{L}\p{M}\p{N}]+/uy;
/** Between two words of one name: spaces, or a hyphen ("Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm"). */
export const NAME_WORD_GAP = /[ \t]*(?:-[ \t]*)?/uy;
/** The first word of a name after a unit word: a capital or a digit. */
export const NAME_START = /^[\p{Lu}\p{N}]/u;
/** The longest names have five words ("Thành phố Phan Rang-Tháp Chàm" has four after the unit). */
export const MAX_NAME_WORDS = 5;

/** Between the items of a list after one unit word: ", " "; " or " và ". */
export const LIST_SEPARATOR = /[ \t]*(?:[,;]|và(?![\p{L}\p{M}]))[ \t]*/uy;

/**
 * "<place>, ngày <digit>", tried once at the first non-blank character of each line (sticky: the
 * caller sets lastIndex); group 1 is the place. Every run is bounded, so one try costs at most a
 * few hundred steps whatever the line: an earlier `/^[ \t]*(…)/gm` over the whole text took time in
 * the square of a run of blanks (a 20,000-space line, as a masked header leaves, took 15 s).
 */
export const PLACE_LINE = /([^\n,;:]{2,40}?)[ \t]{0,8},[ \t]{0,8}ngày[ \t]{1,8}\d/duy;

/**
 * A regular expression matching any of `names` bare: as written or in capitals, whole words
 * only, with free spacing around "-" and after ".". Longer names come first, so "Thừa Thiên
 * Huế" is not cut short.
 */
export function bareNamesPattern(names: Iterable<string>, flags = 'gu'): RegExp {
  const forms = new Set<string>();
  for (const name of names) {
    forms.add(namePattern(name));
    forms.add(namePattern(name.toUpperCase()));
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return new RegExp(`${START}(?:${sorted.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, flags);
}

function namePattern(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .split(/(\s*-\s*|\s*\.\s*|\s+)/u)
    .filter((part) => part !== '')
    .map((part) => {
      if (/^\s*-\s*$/u.test(part)) return '[ \\t]*-[ \\t]*';
      if (/^\s*\.\s*$/u.test(part)) return '\\.[ \\t]*';
      if (/^\s+$/u.test(part)) return '[ \\t]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
}
