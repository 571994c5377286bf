/**
 * The one normaliser at the boundary: every string read from a file goes through `normalizeText`
 * before anything else looks at it, so that the parser, the tagger and the search index all see one
 * spelling of the same text. The original is kept elsewhere for display.
 *
 * Why each replacement (forms seen in the seeds or in the sites they were copied from):
 * - NFC: the same "Hóa" arrives precomposed (U+00F3) or decomposed (o + U+0301) depending on the
 *   editor that produced it; both must compare equal.
 * - NBSP (70 of them in the seeds) and other Unicode spaces come from web pages; they are spaces.
 * - Zero-width characters, the BOM and the soft hyphen are invisible and split words silently.
 * - Quotes: “5K”, and the Sơn La seed closes a quote with the pair ’' (“chống dịch như chống giặc’').
 * - Dashes: "2020 – 2021" and "2020 - 2021" are the same range; the en dash, the minus sign and the
 *   non-breaking hyphen all become '-'.
 */

/** Unicode space characters other than ' ', '\t' and line breaks. */
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\v\f]/g;
/** ZWSP, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP, soft hyphen, Mongolian vowel separator. */
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/g;
/** A double quote written as two single ones (’' in the Sơn La seed), before single quotes go. */
const QUOTE_PAIRS = /’'|'’|’’|‘‘/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const SINGLE_QUOTES = /[‘’‚‛′]/g;
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus, small and full-width. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLES, '')
    .replace(UNICODE_SPACES, ' ')
    .replace(QUOTE_PAIRS, '"')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/[ \t]+/g, ' ')
    .replace(/ +$/gm, '')
    .normalize('NFC');
}

/**
 * The two tone-placement conventions for open syllables ending in oa, oe, uy: the "old" one puts the
 * mark on the first vowel (hóa, khỏe, thủy), the "new" one on the second (hoá, khoẻ, thuỷ). The seeds
 * mostly use the old one ("hóa" 17×, "ủy" 84× against "uỷ" 2×), so that is the canonical form.
 * With a final consonant both conventions agree (hoàn, khuyến), and after "qu" the u belongs to the
 * initial (quý, quỳ), so those are left alone.
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
/** Every initial consonant except "qu" (see above) and "gi" (no gi+oa/oe/uy syllable exists). */
const OPEN_OA_OE_UY = /^(b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)?(oa|oe|uy)$/i;

export function canonicalToneSpelling(word: string): string {
  return word.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, canonicalSyllable);
}

function canonicalSyllable(syllable: string): string {
  const decomposed = syllable.normalize('NFD');
  const tone = TONE_MARKS.exec(decomposed)?.[0];
  if (tone === undefined) return syllable;
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!OPEN_OA_OE_UY.test(bare)) return syllable;
  const nucleusAt = bare.length - 2;
  return (bare.slice(0, nucleusAt + 1) + tone + bare.slice(nucleusAt + 1)).normalize('NFC');
}
