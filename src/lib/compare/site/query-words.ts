/**
 * A search query for a text too long to be one: Meilisearch reads only the first 10 words of a
 * query, so a clause or a pasted draft is reduced to its most distinctive syllables (those in the
 * fewest passages of the corpus, by the frequency table), rarest first. Numbers, one-letter syllables
 * and syllables in fewer than MIN_WORD_PASSAGES passages (a place name, a typo: they find nothing
 * else) are left out.
 *
 * When it relaxes a query, the search drops words from the end (matchingStrategy 'last'): every hit
 * holds at least the first word. One query would thus miss every clause that words the instruction
 * without that one syllable, so the words are sent as several queries, each led by another of them
 * (rotatedQueries): a hit holds at least one of the leading words, and ranks by how many it holds.
 */
import { keyedSyllables } from '../../text/index.ts';
import type { CorpusFrequencies } from '../alignment-index.ts';

/** Meilisearch's limit on query words. */
export const MAX_QUERY_WORDS = 10;
/** A syllable in fewer passages is too rare to find another province's wording. */
export const MIN_WORD_PASSAGES = 3;
/** Queries sent for one text, each led by another distinctive word. */
export const LEADING_WORDS = 4;

/**
 * `leaveOut`: words that would find the wrong neighbours, such as the base directive's province
 * name ("Quảng Bình" is frequent enough to pass, and brings up Quảng Bình's and Quảng Trị's clauses
 * whatever they order).
 */
export function distinctiveWords(
  text: string,
  frequencies: CorpusFrequencies,
  { max = MAX_QUERY_WORDS, leaveOut = '' }: { max?: number; leaveOut?: string } = {},
): string[] {
  const seen = new Set(keyedSyllables(leaveOut).map((s) => s.key));
  const words: Array<{ word: string; df: number; at: number }> = [];
  for (const syllable of keyedSyllables(text)) {
    if (seen.has(syllable.key) || syllable.key.length < 2 || /\d/u.test(syllable.key)) continue;
    seen.add(syllable.key);
    // A syllable the corpus lacks (a misspelling, a new word) would match nothing: left out.
    const df = frequencies.df(syllable.key);
    if (df >= MIN_WORD_PASSAGES) words.push({ word: text.slice(syllable.start, syllable.end), df, at: syllable.start });
  }
  return words
    .sort((a, b) => a.df - b.df || a.at - b.at)
    .slice(0, max)
    .map((w) => w.word);
}

/** The words as LEADING_WORDS queries, the i-th starting at word i (and wrapping round). */
export function rotatedQueries(words: readonly string[], count = LEADING_WORDS): string[] {
  return Array.from({ length: Math.min(count, words.length) }, (_, i) =>
    [...words.slice(i), ...words.slice(0, i)].join(' '),
  );
}
