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
import { foldKey } from '../text/fold.ts';

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
 * Type letters of a kind named in prose: "Chỉ thị 16" → ct. Keys are folded names ("chi thi"), so
 * "chỉ thị", "Chỉ thị" and a bare "chi thi" all read the same. Longest first ("thong bao ket luan").
 */
const LETTERS_OF_NAME: ReadonlyArray<[string, string]> = [
  ['thong bao ket luan', 'tb'],
  ['chi thi', 'ct'],
  ['nghi quyet', 'nq'],
  ['nghi dinh', 'nd'],
  ['cong van', 'cv'],
  ['cong dien', 'cd'],
  ['quyet dinh', 'qd'],
  ['ke hoach', 'kh'],
  ['thong bao', 'tb'],
  ['ket luan', 'kl'],
  ['huong dan', 'hd'],
  ['bao cao', 'bc'],
  ['thong tu', 'tt'],
];
const TYPE_LETTERS = ['CT', 'NQ', 'NĐ', 'ND', 'CV', 'CĐ', 'CD', 'QĐ', 'QD', 'KH', 'TB', 'KL', 'HD', 'BC', 'TT'];

/**
 * Why each form (examples from the seeds, or as readers type them):
 * - FULL_CODE: the parser's pattern, spaces allowed around separators as in copies ("**261** - CV/TU"
 *   once cleaned): "329-CV/TU", "16/CT-TTg", "128/NQ-CP", "109-BC/BCSĐ", "15/2021/NĐ-CP".
 * - NAMED_NUMBER: a kind named in prose and a bare number, "Chỉ thị 16", "Nghị quyết số 68", but not
 *   "Chỉ thị số 24/CT-UBND" (the full code is read instead) nor "Chỉ thị 16/8/2021"-like dates.
 * - LETTERS_NUMBER: type letters then the number, as readers shorten a code: "CT 07", "CT-07", "NQ68".
 */
const FULL_CODE_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:${DOC_CODE_PATTERN})(?![\p{L}\p{N}])`;
const NAMED_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{L}+ \p{L}+(?: \p{L}+ \p{L}+)?) (?:s[ốoô] )?(\d{1,5})(?![\p{L}\p{N}/-])`,
  'giu',
);
const LETTERS_NUMBER_SOURCE = String.raw`(?<![\p{L}\p{N}])(${TYPE_LETTERS.join('|')}) ?-? ?(\d{1,5})(?![\p{L}\p{N}/-])`;
/**
 * Documents print codes in capitals, and lower case there is prose ("1-2 ngày/lần" must stay a
 * range); a reader types "07-ct/tu" or "ct 07" as readily as the capitals, so queries ignore case.
 */
const PATTERNS = {
  text: { full: new RegExp(FULL_CODE_SOURCE, 'gu'), letters: new RegExp(LETTERS_NUMBER_SOURCE, 'gu') },
  query: { full: new RegExp(FULL_CODE_SOURCE, 'giu'), letters: new RegExp(LETTERS_NUMBER_SOURCE, 'giu') },
};

/**
 * Every code mention in `text`, in order, without overlaps (a full code wins over the forms inside
 * it). `source: 'query'` accepts any case.
 */
export function findCodes(text: string, source: 'text' | 'query' = 'text'): CodeMention[] {
  const patterns = PATTERNS[source];
  const found: CodeMention[] = [];
  for (const match of text.matchAll(patterns.full)) {
    const code = parseDocCode(match[0].toUpperCase());
    if (!code) continue;
    const token = codeToken(code.key);
    const partial = partialToken(code.number, code.groups[0] ?? '');
    found.push({ token, partial, full: true, start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(NAMED_NUMBER)) {
    const letters = lettersOfName(match[1] ?? '');
    if (!letters) continue;
    const partial = partialToken(match[2] ?? '', letters);
    push(found, { token: partial, partial, full: false, start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(patterns.letters)) {
    const partial = partialToken(match[2] ?? '', match[1] ?? '');
    push(found, { token: partial, partial, full: false, start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
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

/** "chỉ thị" → "ct"; the name must be the whole match before the number, not the tail of a phrase. */
function lettersOfName(name: string): string | null {
  const folded = foldKey(name);
  for (const [known, letters] of LETTERS_OF_NAME) {
    if (folded === known || folded.endsWith(` ${known}`)) return letters;
  }
  return null;
}

function push(found: CodeMention[], mention: CodeMention): void {
  if (found.some((other) => mention.start < other.end && other.start < mention.end)) return;
  found.push(mention);
}
