/**
 * Số hiệu văn bản as search tokens. Meilisearch splits "16/CT-TTg" at "/" and "-" into 16 · ct · ttg,
 * so an unquoted code also finds "15/CT-TTg … ngày 16/8" and "07-CT/TU" never equals "07/CT-TU". The
 * index therefore carries, in its own `codes` attribute, one opaque token per code, and the query
 * builder sends a code as that token, quoted (no prefix, no typo: a code is never "corrected").
 *
 * Two tokens per code (the same function reads documents and queries, so both sides agree):
 *   full     "16/CT-TTg", "16-CT/TTg"          → 16ctttg   (docCodeKey "16-CT-TTG", separators dropped)
 *   partial  "Chỉ thị 16", "Chỉ thị số 16",
 *            "CT 07", "CT-07", and every full
 *            code of that number and type       → 16ct      (number + type letters)
 * So "07-CT/TU", "07/CT-TU" and "7-CT-TU" find one directive, and "CT 07" or "Chỉ thị 07" find it
 * among every chỉ thị numbered 07, whoever issued it.
 *
 * Browser-safe: the query builder runs on the search page.
 */
import { DOC_CODE_PATTERN, docCodeKey, parseDocCode } from '../directive/doc-code.ts';
import { DOC_TYPE_NAME_LETTERS, TYPE_LETTER_SPELLINGS } from '../directive/doc-types.ts';
import { foldDiacritics, foldKey } from '../text/fold.ts';

/** A code found in a text, with the UTF-16 span it covers (for highlighting). */
export interface CodeMention {
  /** Quoted into a query, stored in the index's `codes` attribute. */
  token: string;
  /** The number + type token every mention of this number and type shares. */
  partial: string;
  /** true for a whole code ("16/CT-TTg"), false for "Chỉ thị 16" or "CT 16". */
  full: boolean;
  start: number;
  end: number;
}

/**
 * Type letters of each kind named in prose, from the directive's vocabulary (directive/doc-types.ts):
 * "Chỉ thị 16" → ct. Keys are folded names ("chi thi"), so "chỉ thị", "Chỉ thị" and a bare "chi thi"
 * all read the same; longest first ("thong bao ket luan" before "ket luan").
 */
const LETTERS_OF_NAME: ReadonlyArray<[string, string]> = DOC_TYPE_NAME_LETTERS.map(([name, letters]) => [
  foldKey(name),
  letters.toLowerCase(),
]);
/** Every spelling of type letters, and each folded as readers type it without marks ("QĐ", "QD"). */
const TYPE_LETTERS = [...new Set(TYPE_LETTER_SPELLINGS.flatMap((letters) => [letters, foldDiacritics(letters)]))];

/**
 * Why each form (examples from the seeds, or as readers type them):
 * - FULL_CODE: the parser's pattern, spaces allowed around separators as in copies ("**261** - CV/TU"
 *   once cleaned): "329-CV/TU", "16/CT-TTg", "128/NQ-CP", "109-BC/BCSĐ", "15/2021/NĐ-CP".
 * - A bare NUMBER, not part of a code or a date, read with what stands before it:
 *   - NAME_BEFORE: a kind named in prose, "Chỉ thị 16", "Nghị quyết số 68" (not "Chỉ thị số
 *     24/CT-UBND": the full code is read instead);
 *   - LETTERS_BEFORE: type letters, as readers shorten a code: "CT 07", "CT-07", "NQ68".
 * Looking back from each number keeps this cheap: most clauses hold few numbers, and the indexer
 * reads every clause of the corpus.
 */
const FULL_CODE_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:${DOC_CODE_PATTERN})(?![\p{L}\p{N}])`;
const NUMBER = /(?<![\p{L}\p{N}/.,-])\d{1,5}(?![\p{L}\p{N}/-]|[.,]\d)/gu;
const NAME_BEFORE = /(?<![\p{L}\p{N}])(\p{L}+ \p{L}+(?: \p{L}+ \p{L}+)?) (?:s[ốoô] )?$/iu;
const LETTERS_BEFORE_SOURCE = String.raw`(?<![\p{L}\p{N}])(${TYPE_LETTERS.join('|')}) ?-? ?$`;
/** How far back a name may start: "Thông báo kết luận số " is 22 characters. */
const LOOK_BACK = 30;
/**
 * Documents print codes in capitals, and lower case there is prose ("1-2 ngày/lần" must stay a
 * range); a reader types "07-ct/tu" or "ct 07" as readily as the capitals, so queries ignore case.
 */
const PATTERNS = {
  text: { full: new RegExp(FULL_CODE_SOURCE, 'gu'), letters: new RegExp(LETTERS_BEFORE_SOURCE, 'u') },
  query: { full: new RegExp(FULL_CODE_SOURCE, 'giu'), letters: new RegExp(LETTERS_BEFORE_SOURCE, 'iu') },
};

/**
 * Every code mention in `text`, in order, without overlaps (a full code wins over the forms inside
 * it). `source: 'query'` accepts any case.
 */
export function findCodes(text: string, source: 'text' | 'query' = 'text'): CodeMention[] {
  const found: CodeMention[] = [];
  // Every form holds a number; most clauses hold none.
  if (!/\d/.test(text)) return found;
  const patterns = PATTERNS[source];
  for (const match of text.matchAll(patterns.full)) {
    const code = parseDocCode(match[0].toUpperCase());
    if (!code) continue;
    const token = codeToken(code.key);
    const partial = partialToken(code.number, code.groups[0] ?? '');
    found.push({ token, partial, full: true, start: match.index, end: match.index + match[0].length });
  }
  for (const number of text.matchAll(NUMBER)) {
    const end = number.index + number[0].length;
    const before = text.slice(Math.max(0, number.index - LOOK_BACK), number.index);
    const mention =
      namedNumber(before, number.index, number[0]) ?? lettersNumber(before, number.index, number[0], patterns.letters);
    if (mention) push(found, { ...mention, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "Chỉ thị 16" → 16ct, starting at the name (not at the words before it the pattern took in). */
function namedNumber(before: string, at: number, number: string): Omit<CodeMention, 'end'> | null {
  const match = NAME_BEFORE.exec(before);
  const name = match?.[1];
  if (!match || !name) return null;
  const known = knownName(name);
  if (!known) return null;
  const partial = partialToken(number, known.letters);
  // Folding keeps NFC length, so the known name is the last `known.name.length` characters of `name`.
  const start = at - before.length + match.index + name.length - known.name.length;
  return { token: partial, partial, full: false, start };
}

/** "CT 07" → 7ct. */
function lettersNumber(before: string, at: number, number: string, pattern: RegExp): Omit<CodeMention, 'end'> | null {
  const match = pattern.exec(before);
  if (!match) return null;
  const partial = partialToken(number, match[1] ?? '');
  return { token: partial, partial, full: false, start: at - before.length + match.index };
}

/** The `codes` attribute of a document: every distinct token its text (and own number) bears. */
export function codeTokens(...texts: Array<string | null | undefined>): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const mention of findCodes(text)) {
      tokens.add(mention.token);
      tokens.add(mention.partial);
    }
  }
  return [...tokens];
}

/** "16-CT-TTG" → "16ctttg": one word for Meilisearch, which would split at "-". */
export function codeToken(key: string): string {
  return key.replace(/-/g, '').toLowerCase();
}

function partialToken(number: string, letters: string): string {
  return codeToken(docCodeKey(number, [letters]));
}

/** The kind a name ends with: "ban hành Chỉ thị" → chi thi (ct); null for other words. */
function knownName(name: string): { name: string; letters: string } | null {
  const folded = foldKey(name);
  for (const [known, letters] of LETTERS_OF_NAME) {
    if (folded === known || folded.endsWith(` ${known}`)) return { name: known, letters };
  }
  return null;
}

function push(found: CodeMention[], mention: CodeMention): void {
  if (found.some((other) => mention.start < other.end && other.start < mention.end)) return;
  found.push(mention);
}
