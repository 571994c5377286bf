/**
 * The snippet a result shows: about SNIPPET_WORDS words of the clause around its densest run of
 * matches, as segments the page renders without {@html} (`<mark>` for matched pieces).
 *
 * Browser-safe.
 */
import { toSegments, type Segment, type Span } from './segments.ts';

/** Words a snippet shows; a clause shorter than this is shown whole. */
export const SNIPPET_WORDS = 32;
/** Words kept before the first match so it does not open the snippet cold. */
const LEAD_WORDS = 4;

/** A window of about SNIPPET_WORDS words around the densest run of matches, as segments. */
export function snippetSegments(text: string, spans: readonly Span[], size = SNIPPET_WORDS): Segment[] {
  const words = wordsOf(text);
  if (words.length <= size) return toSegments(text.trim() ? text : '', spans, { start: 0, end: text.length });
  const matched = overlapping(words, spans);
  // A window scores one per matched word and one more per matched pair side by side, so the
  // phrase "ca bệnh" beats a scatter of "bệnh".
  const score = (first: number) => {
    let total = 0;
    for (let i = first; i < first + size; i++) if (matched[i]) total += matched[i - 1] && i > first ? 2 : 1;
    return total;
  };
  // Candidate windows open LEAD_WORDS before a matched word; the first best one wins.
  let from = 0;
  let bestScore = -1;
  matched.forEach((isMatch, i) => {
    if (!isMatch) return;
    const first = Math.max(0, Math.min(i - LEAD_WORDS, words.length - size));
    const windowScore = score(first);
    if (windowScore > bestScore) [from, bestScore] = [first, windowScore];
  });
  const to = from + size;
  const window = {
    start: from === 0 ? 0 : words[from]!.start,
    end: to >= words.length ? text.length : words[to - 1]!.end,
  };
  const segments = toSegments(text, spans, window);
  if (from > 0) segments.unshift({ text: '…', match: false });
  if (to < words.length) segments.push({ text: '…', match: false });
  return segments;
}

/**
 * Runs of non-space characters: word enough to measure a snippet (a syllable with its comma), and
 * a plain loop, since it runs on every hit of every keystroke.
 */
function wordsOf(text: string): Span[] {
  const words: Span[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (space && start >= 0) {
      words.push({ start, end: i });
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return words;
}

/** For each word (in order), whether a span (sorted, disjoint) touches it. */
function overlapping(words: readonly Span[], spans: readonly Span[]): boolean[] {
  let j = 0;
  return words.map((word) => {
    while (j < spans.length && spans[j]!.end <= word.start) j++;
    const span = spans[j];
    return span !== undefined && span.start < word.end;
  });
}
