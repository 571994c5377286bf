import { convertLegacyFont, type LegacyFont } from './legacy-font-convert.ts';
import { TCVN3_TO_UNICODE, VNI_TO_UNICODE } from './legacy-font-tables.ts';
import { isVietnameseSyllable } from './vietnamese-syllable.ts';

/**
 * Spotting text typed in the TCVN3 or VNI font encodings.
 *
 * Why a statistical test: the characters these encodings leave behind are ordinary Latin-1
 * letters and symbols, each of which can appear in real text ("©", "où", "schön"). What
 * cannot appear in real text is *many* of them inside words, in a text with no Vietnamese
 * Unicode letters at all, that turn into Vietnamese syllables once converted. The counts:
 *   - Unicode evidence: letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9,
 *     combining marks). A legacy-font text has none; a real Vietnamese text is full of them.
 *   - TCVN3 evidence: TCVN3 codes that are not letters of Vietnamese Unicode, standing
 *     against a letter: the symbols of U+00A1–U+00BF as in "c¸c" (các), "®Þa" (địa),
 *     "n­íc" (nước), and letters such as Ø Þ ß in "ChØ thÞ" (Chỉ thị), "phßng" (phòng).
 *   - VNI evidence: a vowel followed by one of VNI's mark characters, as in "caùc" (các),
 *     "Vieät" (Việt), plus the lone letters æ ñ ö î (ỉ đ ư ỵ) inside words.
 * A font is detected when its evidence is plentiful (MIN_EVIDENCE), dense (a good share of
 * the words with non-ASCII letters carry it: MIN_DENSITY), dwarfs the Unicode evidence
 * (DOMINANCE), and converting with it yields Vietnamese: nearly every converted word with
 * an accent is a well-formed syllable (MIN_SYLLABLES). When both fonts pass, the one whose
 * conversion reads more like Vietnamese wins.
 *
 * Measured on the five seeds encoded each way: TCVN3 density 0.81–0.88, VNI 1.02–1.05,
 * syllables ≥ 0.99 with the right font and ≤ 0.76 with the wrong one; the seeds themselves
 * score 0 TCVN3 and ≤ 0.01 VNI density against 600–2,300 Unicode letters. A French
 * paragraph packed with "où", "goût", "naïveté" reaches density 0.5 but 0.44 syllables; a
 * German one density 1.2 and 0 syllables.
 */

const MIN_EVIDENCE = 3;
const MIN_DENSITY = 0.3;
const DOMINANCE = 4;
const MIN_SYLLABLES = 0.85;

const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9\u0300-\u036F]/gu;
/** Latin-1 letters that Vietnamese Unicode also uses, so they prove nothing by themselves. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
const TCVN3_SIGNATURE = new Set([...TCVN3_TO_UNICODE.keys()].filter((c) => !VIETNAMESE_LATIN1.has(c)));
const VNI_BASES = new Set('aeouyAEOUYôöÔÖ');
const VNI_LONE_LETTERS = new Set('æñöîÆÑÖÎ');
/** A letter, counting TCVN3's symbol codes as the letters they are. */
const LETTER = /[\p{L}\u00A1-\u00BF\u00D7\u00F7]/u;
/** A word with a letter outside ASCII, in any of the three readings. */
const NON_ASCII_WORD = /\S*[\u00A1-\u024F\u1E00-\u1EFF\u0300-\u036F]\S*/gu;
const ACCENTED_WORD = /[\p{L}\p{M}]*[^\u0000-\u007F\P{L}][\p{L}\p{M}]*/gu;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
const touchesLetter = (text: string, i: number): boolean =>
  LETTER.test(text.charAt(i - 1)) || LETTER.test(text.charAt(i + 1));

function tcvn3Evidence(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    if (TCVN3_SIGNATURE.has(text.charAt(i)) && touchesLetter(text, i)) found++;
  }
  return found;
}

function vniEvidence(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (VNI_BASES.has(c) && VNI_TO_UNICODE.has(c + text.charAt(i + 1))) {
      found++;
      i++;
    } else if (VNI_LONE_LETTERS.has(c) && touchesLetter(text, i)) {
      found++;
    }
  }
  return found;
}

/** Share of a converted text's accented words that are Vietnamese syllables (0 when it has none). */
function syllableShare(converted: string): number {
  const words = converted.match(ACCENTED_WORD) ?? [];
  if (words.length === 0) return 0;
  // A language has a few thousand distinct syllables: judge each once.
  const verdicts = new Map<string, boolean>();
  let valid = 0;
  for (const word of words) {
    let verdict = verdicts.get(word);
    if (verdict === undefined) verdicts.set(word, (verdict = isVietnameseSyllable(word)));
    if (verdict) valid++;
  }
  return valid / words.length;
}

export interface FontScore {
  font: LegacyFont;
  evidence: number;
  /** Evidence per word holding a non-ASCII letter. */
  density: number;
  /** Share of accented words that are Vietnamese syllables once converted. */
  syllables: number;
  converted: string;
}

interface Counts {
  unicode: number;
  words: number;
  evidence: Record<LegacyFont, number>;
}

function countEvidence(text: string): Counts {
  return {
    unicode: count(text, UNICODE_VIETNAMESE),
    words: count(text, NON_ASCII_WORD),
    evidence: { tcvn3: tcvn3Evidence(text), vni: vniEvidence(text) },
  };
}

function scoreFont(text: string, counts: Counts, font: LegacyFont): FontScore {
  const evidence = counts.evidence[font];
  const converted = convertLegacyFont(text, font);
  const density = counts.words > 0 ? evidence / counts.words : 0;
  return { font, evidence, density, syllables: evidence > 0 ? syllableShare(converted) : 0, converted };
}

/** Every count the decision rests on, for both fonts, so tests can show the margins. */
export function scoreLegacyFonts(input: string): { unicode: number; fonts: FontScore[] } {
  const text = input.normalize('NFC');
  const counts = countEvidence(text);
  return { unicode: counts.unicode, fonts: [scoreFont(text, counts, 'tcvn3'), scoreFont(text, counts, 'vni')] };
}

/** The legacy font a text was typed in, with the converted text; null for anything else. */
export function detectLegacyFont(input: string): FontScore | null {
  const text = input.normalize('NFC');
  const counts = countEvidence(text);
  // The counting tests first: they are cheap, and rule out every Unicode text.
  const candidates = (['tcvn3', 'vni'] as const).filter((font) => {
    const evidence = counts.evidence[font];
    return evidence >= MIN_EVIDENCE && evidence >= MIN_DENSITY * counts.words && evidence > DOMINANCE * counts.unicode;
  });
  const passing = candidates.map((font) => scoreFont(text, counts, font)).filter((f) => f.syllables >= MIN_SYLLABLES);
  passing.sort((a, b) => b.syllables - a.syllables || b.evidence - a.evidence);
  return passing[0] ?? null;
}
