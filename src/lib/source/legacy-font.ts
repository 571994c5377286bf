import { TCVN3_TO_UNICODE, VNI_TO_UNICODE } from './legacy-font-tables.ts';
import { lineAtIndex } from './line-numbers.ts';
import { isVietnameseSyllable } from './vietnamese-syllable.ts';

/**
 * Spotting text typed in the TCVN3 or VNI font encodings, and converting it to Unicode.
 *
 * Why a statistical test: the characters these encodings leave behind are ordinary Latin-1
 * letters and symbols, each of which can appear in real text ("©", "où", "schön"). What
 * cannot appear in real text is *many* of them inside words, in a text with no Vietnamese
 * Unicode letters at all. So three counts decide:
 *   - Unicode evidence: letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9,
 *     combining marks). A legacy-font text has none; a real Vietnamese text is full of them.
 *   - TCVN3 evidence: symbols of U+00A1–U+00BF, × and ÷ standing against a letter, as
 *     in "c¸c" (các), "®Þa" (địa), "n­íc" (nước). Real text puts symbols between words.
 *   - VNI evidence: a vowel followed by one of VNI's mark characters, as in "caùc" (các),
 *     "Vieät" (Việt), plus the lone letters æ ñ ö î (ỉ đ ư ỵ) inside words.
 * A font is detected when its evidence is plentiful (MIN_EVIDENCE), dense (a good share of
 * the words with non-ASCII letters carry it: MIN_DENSITY), dwarfs the Unicode evidence
 * (DOMINANCE), and converting with it yields Vietnamese: nearly every converted word with
 * an accent is a well-formed syllable (MIN_SYLLABLES). Measured on the five seeds encoded
 * each way: TCVN3 density 0.49–0.55, VNI 1.02–1.05, syllables ≥ 0.98; an adversarial French
 * paragraph ("où", "goût", "naïveté") reaches VNI density 0.44 but only ~0.4 syllables.
 */

export type LegacyFont = 'tcvn3' | 'vni';

export interface LegacyFontFinding {
  font: LegacyFont;
  /** Characteristic characters or pairs found. */
  evidence: number;
  /** Line of the first of them, to point the user at. */
  line: number;
}

const MIN_EVIDENCE = 3;
const MIN_DENSITY = 0.3;
const DOMINANCE = 4;
const MIN_SYLLABLES = 0.8;

const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9\u0300-\u036F]/gu;
const TCVN3_SYMBOL = /[\u00A1-\u00BF\u00D7\u00F7]/u;
const LETTER = /[\p{L}\u00A1-\u00BF\u00D7\u00F7]/u;
/** A word with a letter outside ASCII, in any of the three readings. */
const NON_ASCII_WORD = /\S*[\u00A1-\u024F\u1E00-\u1EFF\u0300-\u036F]\S*/gu;

const VNI_BASES = new Set('aeouyAEOUYôöÔÖ');
const VNI_LONE_LETTERS = new Set('æñöîÆÑÖÎ');

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

interface Evidence {
  count: number;
  firstIndex: number;
}

function tcvn3Evidence(text: string): Evidence {
  let found = 0;
  let firstIndex = -1;
  for (let i = 0; i < text.length; i++) {
    if (!TCVN3_SYMBOL.test(text.charAt(i))) continue;
    if (!LETTER.test(text.charAt(i - 1)) && !LETTER.test(text.charAt(i + 1))) continue;
    found++;
    if (firstIndex < 0) firstIndex = i;
  }
  return { count: found, firstIndex };
}

function vniEvidence(text: string): Evidence {
  let found = 0;
  let firstIndex = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const pair = VNI_BASES.has(c) && VNI_TO_UNICODE.has(c + text.charAt(i + 1));
    const lone = VNI_LONE_LETTERS.has(c) && (LETTER.test(text.charAt(i - 1)) || LETTER.test(text.charAt(i + 1)));
    if (!pair && !lone) continue;
    found++;
    if (firstIndex < 0) firstIndex = i;
    if (pair) i++;
  }
  return { count: found, firstIndex };
}

/** The three counts the decision rests on, exposed so tests can show the margins. */
export interface LegacyFontScores {
  unicode: number;
  /** Words holding a non-ASCII letter in any reading: the denominator of the density. */
  words: number;
  tcvn3: number;
  vni: number;
  /** Share of accented words that are Vietnamese syllables once converted from each font. */
  tcvn3Syllables: number;
  vniSyllables: number;
}

export function scoreLegacyFont(input: string): LegacyFontScores {
  const text = input.normalize('NFC');
  const tcvn3 = tcvn3Evidence(text).count;
  const vni = vniEvidence(text).count;
  return {
    unicode: count(text, UNICODE_VIETNAMESE),
    words: count(text, NON_ASCII_WORD),
    tcvn3,
    vni,
    tcvn3Syllables: tcvn3 > 0 ? syllableShare(convertLegacyFont(text, 'tcvn3')) : 0,
    vniSyllables: vni > 0 ? syllableShare(convertLegacyFont(text, 'vni')) : 0,
  };
}

/** Share of the converted text's accented words that are Vietnamese syllables (0 when it has none). */
function syllableShare(converted: string): number {
  const words = converted.match(/[\p{L}\p{M}]+/gu)?.filter((w) => /[^\u0000-\u007F]/.test(w)) ?? [];
  if (words.length === 0) return 0;
  return words.filter(isVietnameseSyllable).length / words.length;
}

/** The legacy font a text was typed in, or null for anything else (Unicode, English, French…). */
export function detectLegacyFont(input: string): LegacyFontFinding | null {
  // Composed first, so "ò" typed as o + U+0300 is still the one character a font byte was.
  const text = input.normalize('NFC');
  const unicode = count(text, UNICODE_VIETNAMESE);
  const words = count(text, NON_ASCII_WORD);
  const candidates: [LegacyFont, Evidence][] = [
    ['tcvn3', tcvn3Evidence(text)],
    ['vni', vniEvidence(text)],
  ];
  const passing = candidates.filter(
    ([font, evidence]) =>
      evidence.count >= MIN_EVIDENCE &&
      evidence.count / words >= MIN_DENSITY &&
      evidence.count > DOMINANCE * unicode &&
      syllableShare(convertLegacyFont(text, font)) >= MIN_SYLLABLES,
  );
  const best = passing.reduce<[LegacyFont, Evidence] | null>((a, b) => (a && a[1].count >= b[1].count ? a : b), null);
  if (!best) return null;
  const [font, evidence] = best;
  return { font, evidence: evidence.count, line: lineAtIndex(text, evidence.firstIndex) };
}

/**
 * Capitals typed with the .VnTimeH font share the lowercase codes, so "CHỈ THỊ" arrives as
 * "CHØ THÞ". A word with no lowercase ASCII letter and either two capitals ("CHØ") or a
 * capital after its first character ("ñY" for ỦY) was typed in capitals; "Xø" (Xứ), with
 * only its first letter capital, was not.
 */
function isCapitalsWord(word: string, converted: string): boolean {
  if (/[a-z]/.test(word)) return false;
  const capitals = [...converted].filter((c) => c !== c.toLowerCase() && c === c.toUpperCase());
  const capitalAfterStart = [...converted].slice(1).some((c) => c !== c.toLowerCase() && c === c.toUpperCase());
  return capitals.length >= 2 || capitalAfterStart;
}

const TCVN3_WORD = /[\p{L}\p{M}\u00A1-\u00BF\u00D7\u00F7]+/gu;

function convertTcvn3(text: string): string {
  return text.replace(TCVN3_WORD, (word) => {
    const converted = [...word].map((c) => TCVN3_TO_UNICODE.get(c) ?? c).join('');
    return isCapitalsWord(word, converted) ? converted.toUpperCase() : converted;
  });
}

function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_TO_UNICODE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const c = text.charAt(i);
    out += VNI_TO_UNICODE.get(c) ?? c;
  }
  return out;
}

/** Unicode (NFC) for a text typed in `font`; characters the font does not use pass through. */
export function convertLegacyFont(text: string, font: LegacyFont): string {
  const composed = text.normalize('NFC');
  const converted = font === 'tcvn3' ? convertTcvn3(composed) : convertVni(composed);
  return converted.normalize('NFC');
}
