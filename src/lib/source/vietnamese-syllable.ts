/**
 * Does a word look like a written Vietnamese syllable? Used to check that converting a
 * text out of a legacy font produced Vietnamese and not noise.
 *
 * Why a pattern: Vietnamese writes one syllable per word with a strict shape, so a
 * converted text either is almost all such words or was not in that font at all.
 *   initial consonant   none, or b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x
 *                       ("nghiêm", "giữ", "quyết", "trường")
 *   vowels              one to three ("a", "oai", "ươi", "uyê" in "quyền"), with at most one tone mark
 *   final consonant     none, or c ch m n ng nh p t ("các", "thách", "tình", "nhất")
 * French or English words pushed through a font table fail it ("passé", "Corpđ").
 */

const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
const VOWEL = '[aăâeêioôơuưy]';
const FINAL = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${INITIAL}${VOWEL}{1,3}${FINAL}$`, 'u');

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  return SYLLABLE.test(toneless);
}
