import { TCVN3_TO_UNICODE, VNI_TO_UNICODE } from './legacy-font-tables.ts';

/**
 * Converting text typed in the TCVN3 or VNI font encodings to Unicode, with the tables of
 * legacy-font-tables.ts. Works the same on raw font bytes read as Windows-1252 and on a
 * UTF-8 copy of the wrong Latin letters, since both hold the same characters.
 */

export type LegacyFont = 'tcvn3' | 'vni';

/** TCVN3 codes and the letters next to them: one word for the capitals test below. */
const TCVN3_WORD = /[\p{L}\p{M}\u00A1-\u00BF\u00D7\u00F7]+/gu;

const isCapital = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

/**
 * Capitals typed with the .VnTimeH font share the lowercase codes, so "CHỈ THỊ" arrives as
 * "CHØ THÞ". A word with no lowercase ASCII letter and either two capitals ("CHØ") or a
 * capital after its first character ("ñY" for ỦY) was typed in capitals; "Xø" (Xứ), with
 * only its first letter capital, was not.
 */
function isCapitalsWord(word: string, converted: string): boolean {
  if (/[a-z]/.test(word)) return false;
  const letters = [...converted];
  return letters.filter(isCapital).length >= 2 || letters.slice(1).some(isCapital);
}

function convertTcvn3(text: string): string {
  return text.replace(TCVN3_WORD, (word) => {
    let converted = '';
    for (const c of word) converted += TCVN3_TO_UNICODE.get(c) ?? c;
    return isCapitalsWord(word, converted) ? converted.toUpperCase() : converted;
  });
}

/** Characters that can start a two-character VNI code (a base vowel, or ô ö for ơ ư). */
const VNI_PAIR_STARTS = new Set(
  [...VNI_TO_UNICODE.keys()].filter((code) => code.length === 2).map((code) => code.charAt(0)),
);

/** Base letter and mark first ("oá" is ố), then single codes ("ô" is ơ). */
function convertVni(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const pair = VNI_PAIR_STARTS.has(c) ? VNI_TO_UNICODE.get(c + text.charAt(i + 1)) : undefined;
    if (pair !== undefined) {
      out.push(pair);
      i++;
    } else {
      out.push(VNI_TO_UNICODE.get(c) ?? c);
    }
  }
  return out.join('');
}

/** Unicode (NFC) for a text typed in `font`; characters the font does not use pass through. */
export function convertLegacyFont(text: string, font: LegacyFont): string {
  // Composed first, so "ò" stored as o + U+0300 is still the one character a font byte was.
  const composed = text.normalize('NFC');
  const converted = font === 'tcvn3' ? convertTcvn3(composed) : convertVni(composed);
  return converted.normalize('NFC');
}
