/**
 * A text as the cue matcher sees it: its words, each with a comparison key and its offsets in the
 * text as given, and whether the gap before it lets a cue run on across it.
 *
 * Why the key keeps diacritics: "cách ly" (quarantine) must not fire on other syllables that fold
 * to "cach ly", and "tỉnh" (province) is not "tính" (to count). Only what is the same word in
 * Vietnamese writing is made equal: case, NFC/NFD, and old/new tone placement ("hoà" = "hòa",
 * "thuỷ" = "thủy", via canonicalToneSpelling).
 *
 * Why gaps matter: cues name one concept in a run of syllables. Spaces, hyphens ("vắc-xin"), commas
 * ("phòng, chống dịch", "ra, vào") and slashes ("đến/về") sit inside such runs in these texts; a full
 * stop, semicolon, colon, bracket, quotation mark or line break ends one. So "khoanh vùng. Cách ly"
 * gives no "vùng cách ly".
 */
import { canonicalToneSpelling, isDocumentCode, memoizeString, tokenize, type Token } from '../text/index.ts';

export interface Word {
  key: string;
  start: number;
  end: number;
  /** True when only spaces, hyphens, commas or slashes separate it from the previous word. */
  joinsPrevious: boolean;
}

/** Punctuation a cue may run across; every dash was made '-' by normalizeText, but raw input may not be. */
const SOFT_PUNCT = /^[-‐-―−,/]$/u;

/**
 * Syllables repeat (a few thousand in all), so each spelling's key is computed once. Numbers and
 * dates do not repeat as much; the bound keeps a long run over 100,000 clauses from hoarding them.
 */
export const wordKey = memoizeString((spelling) => canonicalToneSpelling(spelling.normalize('NFC').toLowerCase()));

export function wordStream(text: string): Word[] {
  const words: Word[] = [];
  let soft = false;
  let nextLineBreak = lineBreakFrom(text, 0);
  for (const token of tokenize(text)) {
    if (token.kind === 'punct') {
      soft &&= SOFT_PUNCT.test(token.text);
      continue;
    }
    if (token.start > nextLineBreak) {
      soft = false;
      nextLineBreak = lineBreakFrom(text, token.start);
    }
    const joinsPrevious = soft;
    for (const part of splitIdentifier(token, text)) {
      const joins = words.length > 0 && (part.inner || joinsPrevious);
      words.push({ key: part.key, start: part.start, end: part.end, joinsPrevious: joins });
    }
    soft = true;
  }
  return words;
}

function lineBreakFrom(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at === -1 ? Infinity : at;
}

interface Part {
  key: string;
  start: number;
  end: number;
  /** A later part of a hyphenated identifier: joined to the part before it. */
  inner: boolean;
}

/**
 * "PC-Covid" and "RT-PCR" are single code tokens, but the same names are written "PC Covid" and
 * "RT PCR" too, so their parts are matched as words. A document code ("16/CT-TTg") stays whole.
 */
function splitIdentifier(token: Token, text: string): Part[] {
  if (token.kind !== 'code' || isDocumentCode(token.text) || !token.text.includes('-')) {
    return [{ key: wordKey(token.text), start: token.start, end: token.end, inner: false }];
  }
  const parts: Part[] = [];
  let at = token.start;
  // The raw slice, not token.text (NFC): offsets must count the input's own code units.
  for (const [i, part] of text.slice(token.start, token.end).split('-').entries()) {
    parts.push({ key: wordKey(part), start: at, end: at + part.length, inner: i > 0 });
    at += part.length + 1;
  }
  return parts;
}
