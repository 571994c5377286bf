/**
 * Diacritic folding: the key people expect when they type without marks ("thanh hoa" finds
 * "Thanh Hóa"). Vietnamese stacks up to two marks on a vowel (a quality mark: â ă ê ô ơ ư, and a
 * tone: à á ả ã ạ), so "ệ" folds to "e" only after decomposing; "đ" is a letter of its own, not d
 * plus a mark, and has no decomposition, so it is mapped by hand.
 */
import { memoizeString } from './memo.ts';

/** Every combining mark; Vietnamese uses U+0300–U+0323, other scripts' marks go too. */
const COMBINING_MARKS = /\p{M}/gu;

/** Removes every diacritic; đ → d and Đ → D; keeps case. Returns NFC. */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** The key for diacritic- and case-insensitive comparison: "Đảng" and "dang" share "dang". */
export function foldKey(s: string): string {
  return foldDiacritics(s).toLowerCase().normalize('NFC');
}

/**
 * foldKey, remembered per word: folding decomposes and recomposes, and the same few thousand
 * syllables are folded over and over (syllable keys of a corpus, highlights of every keystroke).
 */
export const cachedFoldKey = memoizeString(foldKey);
