/**
 * The Vietnamese tokenizer. Vietnamese writes one syllable per space-separated unit, so a word token
 * is a syllable ("cách", "ly"); grouping syllables into words is segment.ts's job.
 *
 * Decisions (the forms and examples are in token-patterns.ts):
 * - A hyphen between ordinary syllables is a punct token: "vắc-xin" → vắc, -, xin. The same seeds
 *   write "vắc-xin" and "vắc xin", and "kinh tế-xã hội" shows that a hyphen may join two separate
 *   words, so the syllable stays the unit and "vắc-xin" searches like "vắc xin".
 * - A hyphenated chain stays whole, as a 'code', when it starts with letters and one part holds a
 *   digit or two capitals: "Covid-19", "SARS-CoV-2", "PC-Covid", "VN-eID". "Covid - 19" (Hưng Yên)
 *   stays three tokens; syllableKeys makes both spellings compare equal.
 * - Letters mixed with digits in one part are a 'code' too: "F0", "F1", "5K".
 * - Token text is NFC even when the input is not; offsets are UTF-16 offsets into the input as given
 *   (callers pass `normalizeText` output, whose offsets the parser's spans use).
 */
import { cachedFoldKey, foldKey } from './fold.ts';
import {
  ANY_CHARACTER,
  CHAIN,
  DATE,
  DOCUMENT_CODE,
  NUMBER,
  SPACE,
  dateParts,
  isDocumentCode,
} from './token-patterns.ts';

export type TokenKind = 'word' | 'number' | 'code' | 'date' | 'punct';

export interface Token {
  text: string;
  kind: TokenKind;
  /** UTF-16 offset of the first character in the input. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Already-NFC text (the normaliser's output, the usual input) needs no per-token normalisation.
  const nfc = text.normalize('NFC') === text;
  const push = (kind: TokenKind, start: number, end: number) => {
    const slice = text.slice(start, end);
    tokens.push({ text: nfc ? slice : slice.normalize('NFC'), kind, start, end });
  };
  let at = 0;
  while (at < text.length) {
    const first = text.charCodeAt(at);
    const space = mayBeSpace(first) ? matchAt(SPACE, text, at) : null;
    if (space) {
      at += space[0].length;
      continue;
    }
    // A code, a date and a number all start with a digit: elsewhere only a chain can match.
    const digit = isDigit(first);
    const code = digit ? matchAt(DOCUMENT_CODE, text, at) : null;
    const date = digit ? matchAt(DATE, text, at) : null;
    const number = digit ? matchAt(NUMBER, text, at) : null;
    // The chain only when nothing else matched: at every digit of a "1-1-1-…" run it would read
    // the whole rest of the run, quadratic in its length.
    const chain = code || (date && dateParts(date)) || number ? null : matchAt(CHAIN, text, at);
    if (code) push('code', at, at + code[0].length);
    else if (date && dateParts(date)) push('date', at, at + date[0].length);
    else if (number) push('number', at, at + number[0].length);
    else if (chain) pushChain(chain[0], at, push);
    else push('punct', at, at + (matchAt(ANY_CHARACTER, text, at)?.[0].length ?? 1));
    at = tokens.at(-1)?.end ?? at + 1;
  }
  return tokens;
}

/** ASCII whitespace, or any non-ASCII character (which \s may match: NBSP, ideographic space…). */
function mayBeSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code >= 128;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

type Push = (kind: TokenKind, start: number, end: number) => void;

function pushChain(chain: string, start: number, push: Push): void {
  if (!chain.includes('-')) {
    push(partKind(chain), start, start + chain.length);
    return;
  }
  const parts = chain.split('-');
  if (parts.length > 1 && isIdentifier(parts)) {
    push('code', start, start + chain.length);
    return;
  }
  let at = start;
  parts.forEach((part, i) => {
    if (i > 0) push('punct', at - 1, at);
    push(partKind(part), at, at + part.length);
    at += part.length + 1;
  });
}

/** "Covid-19", "SARS-CoV-2", "PC-Covid", "VN-eID"; not "vắc-xin", "tế-xã", "Giáo dục-Đào tạo". */
function isIdentifier(parts: string[]): boolean {
  const first = parts[0] ?? '';
  if (!/\p{L}/u.test(first)) return false;
  return parts.some((part) => /\d/.test(part) || (part.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
}

function partKind(part: string): TokenKind {
  // Hot path (every syllable): a character loop instead of two regex scans, same answers.
  let hasDigit = false;
  let hasAsciiLetter = false;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c >= 48 && c <= 57) hasDigit = true;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) hasAsciiLetter = true;
  }
  const hasLetter = hasAsciiLetter || /\p{L}/u.test(part);
  if (hasDigit && hasLetter) return 'code';
  return hasDigit ? 'number' : 'word';
}

/** The syllables, numbers, codes and dates of a text, without punctuation. */
export function syllables(text: string): string[] {
  return tokenize(text)
    .filter((token) => token.kind !== 'punct')
    .map((token) => token.text);
}

/**
 * Comparison keys, one per syllable: folded and lower-cased, with spelling variants made equal.
 * - An identifier splits at its hyphens: "Covid-19" and "Covid - 19" → [covid, 19]; "SARS-CoV-2" →
 *   [sars, cov, 2]. With "vắc-xin" already three tokens, "vắc-xin" and "vắc xin" → [vac, xin].
 * - A document code keeps its identity: "16/CT-TTg" → ["16/ct-ttg"]; split, "16" and "ct" would
 *   match every directive that mentions any number or any chỉ thị.
 * - A date drops leading zeros: "07/5/2021" and "7/05/2021" → ["7/5/2021"].
 */
export function syllableKeys(text: string): string[] {
  return keyedSyllables(text).map((syllable) => syllable.key);
}

/** A comparison key with the place in the text it stands for (the comparison's diff needs both). */
export interface KeyedSyllable {
  key: string;
  /** UTF-16 offsets of the token (or, for a split identifier, of its part) in the input. */
  start: number;
  end: number;
}

/** `syllableKeys` with offsets: the same keys, in the same order. */
export function keyedSyllables(text: string): KeyedSyllable[] {
  const keyed: KeyedSyllable[] = [];
  for (const token of tokenize(text)) {
    const { start, end } = token;
    switch (token.kind) {
      case 'punct':
        break;
      case 'date':
        keyed.push({ key: dateKey(token.text), start, end });
        break;
      case 'code':
        if (isDocumentCode(token.text)) keyed.push({ key: foldKey(token.text), start, end });
        else pushIdentifierParts(token.text, start, keyed);
        break;
      default:
        keyed.push({ key: cachedFoldKey(token.text), start, end });
    }
  }
  return keyed;
}

/** "Covid-19" → covid (0–5), 19 (6–8): the parts of a hyphenated identifier, with their offsets. */
function pushIdentifierParts(text: string, start: number, keyed: KeyedSyllable[]): void {
  let at = start;
  for (const part of text.split('-')) {
    keyed.push({ key: cachedFoldKey(part), start: at, end: at + part.length });
    at += part.length + 1;
  }
}

function dateKey(text: string): string {
  const match = matchAt(DATE, text, 0);
  const parts = match && dateParts(match);
  if (!parts) return text;
  return [parts.day, parts.month, parts.year].filter((n) => n !== undefined).join('/');
}
