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
import { foldKey } from './fold.ts';
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
  const push = (kind: TokenKind, start: number, end: number) =>
    tokens.push({ text: text.slice(start, end).normalize('NFC'), kind, start, end });
  let at = 0;
  while (at < text.length) {
    const space = matchAt(SPACE, text, at);
    if (space) {
      at += space[0].length;
      continue;
    }
    const code = matchAt(DOCUMENT_CODE, text, at);
    const date = matchAt(DATE, text, at);
    const number = matchAt(NUMBER, text, at);
    const chain = matchAt(CHAIN, text, at);
    if (code) push('code', at, at + code[0].length);
    else if (date && dateParts(date)) push('date', at, at + date[0].length);
    else if (number) push('number', at, at + number[0].length);
    else if (chain) pushChain(chain[0], at, push);
    else push('punct', at, at + (matchAt(ANY_CHARACTER, text, at)?.[0].length ?? 1));
    at = tokens.at(-1)?.end ?? at + 1;
  }
  return tokens;
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

type Push = (kind: TokenKind, start: number, end: number) => void;

function pushChain(chain: string, start: number, push: Push): void {
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
  const hasDigit = /\d/.test(part);
  const hasLetter = /\p{L}/u.test(part);
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
  return tokenize(text).flatMap((token) => {
    switch (token.kind) {
      case 'punct':
        return [];
      case 'date':
        return [dateKey(token.text)];
      case 'code':
        return isDocumentCode(token.text) ? [foldKey(token.text)] : token.text.split('-').map(foldKey);
      default:
        return [foldKey(token.text)];
    }
  });
}

function dateKey(text: string): string {
  const match = matchAt(DATE, text, 0);
  const parts = match && dateParts(match);
  if (!parts) return text;
  return [parts.day, parts.month, parts.year].filter((n) => n !== undefined).join('/');
}
