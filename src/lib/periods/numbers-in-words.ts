/**
 * Numbers as the directives print them: digits ("10", "1,5") or Vietnamese words ("mười", "hai
 * mươi", "hai mươi lăm", "một trăm"). Only what these texts use for counts of people, days and
 * metres is read; a run that is not one number ("hai, ba người") is refused rather than guessed.
 *
 *   một hai ba bốn/tư năm/lăm sáu bảy/bẩy tám chín   1–9 ("lăm", "tư" and "mốt" only after tens)
 *   mười                                              10 ("mười lăm" = 15)
 *   mươi                                              × 10 ("hai mươi" = 20, "hai mươi mốt" = 21)
 *   trăm, linh/lẻ                                     × 100, a zero ("một trăm linh năm" = 105)
 */

const DIGITS: Readonly<Record<string, number>> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
const WORDS = [...Object.keys(DIGITS), 'mười', 'mươi', 'trăm', 'linh', 'lẻ'];

/** A number in digits or in words, for use inside a larger pattern (one group-free alternative). */
export const NUMBER_PATTERN = String.raw`(?:\d{1,4}(?:[.,]\d{1,2})?(?![\d/])|(?:${WORDS.join('|')})(?:\s+(?:${WORDS.join('|')}))*(?![\p{L}\p{M}]))`;

/** The value of a match of NUMBER_PATTERN; null when the words are not one number. */
export function numberValue(written: string): number | null {
  const text = written.trim().toLowerCase();
  if (/^\d/.test(text)) {
    // "1,5 mét", "1.5 mét": a decimal comma or point; "1.000" would be a thousand, not met here.
    const value = Number(text.replace(',', '.'));
    return Number.isFinite(value) ? value : null;
  }
  return wordsValue(text.split(/\s+/));
}

function wordsValue(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let lastWasDigit = false;
  for (const word of words) {
    const digit = DIGITS[word];
    if (digit !== undefined) {
      if (lastWasDigit) return null;
      // "lăm", "tư", "mốt" stand only after a ten: "mười lăm", "hai mươi mốt".
      if ((word === 'lăm' || word === 'mốt' || word === 'tư') && current % 10 !== 0) return null;
      if ((word === 'lăm' || word === 'mốt') && current === 0) return null;
      current += digit;
      lastWasDigit = true;
      continue;
    }
    lastWasDigit = false;
    if (word === 'mười') {
      if (current !== 0) return null;
      current = 10;
    } else if (word === 'mươi') {
      if (current === 0 || current >= 10) return null;
      current *= 10;
    } else if (word === 'trăm') {
      total += (current || 1) * 100;
      current = 0;
    } else if (word !== 'linh' && word !== 'lẻ') return null;
  }
  const value = total + current;
  return value > 0 ? value : null;
}
