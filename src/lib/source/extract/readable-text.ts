/**
 * Is the text a PDF's text layer or OCR gave us Vietnamese prose, or noise that must not be published
 * as a directive? Noise arrives as a text layer of random glyphs (a font with no Unicode map, a
 * damaged file), as OCR of a blank or photographed page (a few stray marks read as "ii", "—", "Ÿ"),
 * or as a page with nothing on it but a stamp, which the stamp filter has already taken away.
 *
 * Why syllables: written Vietnamese is one syllable per word with a strict shape
 * (vietnamese-syllable.ts), so a directive's words are mostly syllables — 80–90 % on the seeds and
 * on real provincial scans read by Tesseract, the rest being codes ("UBND", "COVID"), names and
 * misread words. Random glyphs make a syllable by chance in a few percent of words.
 */
import { isVietnameseSyllable } from '../vietnamese-syllable.ts';

/** Under half syllables is not Vietnamese prose, however it was misread (real OCR scores 0.8+). */
const MIN_SYLLABLE_SHARE = 0.5;
/** The shortest real directive has a header, a title and a clause: well over 40 syllables. */
const MIN_SYLLABLES = 40;
/** Fewer words than this say too little to judge their language by (a signature page alone). */
const MIN_WORDS_TO_JUDGE = 20;

export interface Readability {
  words: number;
  syllables: number;
  /**
   * null when the text reads as Vietnamese. `too-little` matters for OCR, whose stray marks on a blank
   * page are a few words; a text layer may be short because its other pages were not read.
   */
  problem: 'too-little' | 'not-vietnamese' | null;
}

export function readability(text: string): Readability {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  const syllables = words.filter((w) => isVietnameseSyllable(w)).length;
  const problem =
    words.length >= MIN_WORDS_TO_JUDGE && syllables < words.length * MIN_SYLLABLE_SHARE
      ? 'not-vietnamese'
      : syllables < MIN_SYLLABLES
        ? 'too-little'
        : null;
  return { words: words.length, syllables, problem };
}
