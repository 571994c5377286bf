/**
 * The index's `telex` attribute: each word of a text in its mark-preserving Telex form
 * (text/telex.ts), space-separated, so that "tỉnh" (tinhr), "tính" (tinhs) and "tinh" stay three
 * words where Meilisearch would fold them into one.
 *
 * A word here is a run of letters, marks and digits: "vắc-xin" is vắc · xin and "16/CT-TTg" is
 * 16 · ct · ttg, as Meilisearch itself splits them, so a Telex word in a query meets its Telex word in
 * the index. The highlighter maps word i of this copy back to run i of the text (highlight.ts).
 *
 * Browser-safe; the indexer builds a copy per clause (100,000 of them at scale), so the Telex form
 * of each distinct word is computed once.
 */
import { memoizeString } from '../text/memo.ts';
import { toTelex } from '../text/telex.ts';

/** The runs of letters, marks and digits of `text`, with their UTF-16 offsets. */
export function wordRuns(text: string): Array<{ text: string; start: number; end: number }> {
  const runs: Array<{ text: string; start: number; end: number }> = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      runs.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return runs;
}

export function telexCopy(text: string): string {
  return wordRuns(text)
    .map((run) => telexOf(run.text))
    .join(' ');
}

/**
 * Letters (any script), combining marks and digits; not ASCII punctuation, Latin-1 signs, ×, ÷,
 * general punctuation ("…", "–"), arrows and symbols. A character loop: the indexer calls this for
 * every clause, and a Unicode-property regex cost ten times more.
 */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c !== 0xfeff;
}

/** Telex of one word: lower case, marks as letters; one computation per distinct word. */
export const telexOf = memoizeString(toTelex);
