/**
 * Telex forms: an ASCII spelling that keeps every Vietnamese mark, so a search engine that only
 * matches ASCII tokens can still tell "tỉnh" (tinhr) from "tính" (tinhs) and from bare "tinh".
 *
 * Why this shape:
 * - Quality marks are written where they stand (â→aa, ê→ee, ô→oo, ă→aw, ơ→ow, ư→uw, đ→dd) and the
 *   tone letter goes last (sắc s, huyền f, hỏi r, ngã x, nặng j), as Telex typists type it. With the
 *   tone last, "hòa" and "hoà" (two placements of one tone) give one form: "hoaf".
 * - It is injective on real syllables: no Vietnamese final is s, f, r, x or j, and w, dd and
 *   doubled a/e never occur natively. The one clash is a literal "oo" (boong, xoong, moóc) against ô
 *   (bông, xông, mốc); Telex itself types the literal pair as "ooo", and so do we: "boong" → "booong".
 * - A word typed with marks never equals its folded form: each mark adds a letter.
 */

const TONE_LETTERS: Readonly<Record<string, string>> = {
  '\u0301': 's', // sắc: á
  '\u0300': 'f', // huyền: à
  '\u0309': 'r', // hỏi: ả
  '\u0303': 'x', // ngã: ã
  '\u0323': 'j', // nặng: ạ
};
const CIRCUMFLEX = '\u0302'; // â ê ô
const BREVE = '\u0306'; // ă
const HORN = '\u031B'; // ơ ư

/** The Telex form of one syllable, lower case. Words without marks pass through lower-cased. */
export function toTelex(word: string): string {
  const letters = [...word.toLowerCase().normalize('NFC')].map(decompose);
  let body = '';
  let tones = '';
  letters.forEach(({ base, marks }, i) => {
    body += base === 'đ' ? 'dd' : base;
    if (marks.includes(CIRCUMFLEX)) body += base;
    if (marks.includes(BREVE) || marks.includes(HORN)) body += 'w';
    if (isPlainDouble(base, marks, letters[i + 1])) body += base;
    for (const mark of marks) tones += TONE_LETTERS[mark] ?? '';
  });
  return body + tones;
}

interface Letter {
  base: string;
  marks: string[];
}

function decompose(ch: string): Letter {
  const [base = '', ...marks] = ch.normalize('NFD');
  return { base, marks };
}

/** The first o of "boong": a plain a, e or o followed by the same plain letter (see above). */
function isPlainDouble(base: string, marks: string[], next: Letter | undefined): boolean {
  return 'aeo'.includes(base) && next?.base === base && !marks.includes(CIRCUMFLEX) && !next.marks.includes(CIRCUMFLEX);
}

/** True if the text carries any Vietnamese mark: a tone, a quality mark, or đ. */
export function hasDiacritics(s: string): boolean {
  return /[\u0300-\u036F]|[đĐ]/u.test(s.normalize('NFD'));
}
