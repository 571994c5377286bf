/**
 * Word segmentation: grouping syllables into words ("phòng chống dịch" → "phòng chống", "dịch") by
 * forward longest match against a dictionary of multi-syllable words.
 *
 * Why a small dictionary of our own (content/data/words-vi.txt) and not an npm package: the npm
 * packages with Vietnamese words are either syllable lists for spell checkers (dictionary-vi,
 * GPL-2.0; @cspell/dict-vi-vn) or @vntk/dictionary, one 2017 release of 12 MB whose Viet74K list
 * derives from Hồ Ngọc Đức's GPL word list yet is labelled MIT, and which lacks the Covid vocabulary
 * (vắc xin, giãn cách, truy vết). Ours lists the words frequent in these directives.
 *
 * Rules:
 * - Only syllables separated by spaces, or by a hyphen touching both ("vắc-xin"), can form a word;
 *   any other punctuation ends it: "phòng, chống" is two words, "phòng chống" one.
 * - A word is returned as its syllables joined by one space, in the text's spelling: "vắc-xin" →
 *   "vắc xin". Numbers, dates and codes are returned whole; punctuation is dropped.
 * - Matching ignores case and tone placement ("Hoá" = "hóa") but not marks ("cách ly" ≠ "cách lý").
 * - Known limit of forward matching: an overlap takes the left word, so "Ban cán sự đảng Bộ Y tế"
 *   gives "cán sự", "đảng bộ", "y tế". Callers needing exact phrases should match syllableKeys.
 */
import { canonicalToneSpelling } from './normalize.ts';
import { tokenize, type Token } from './syllables.ts';
import { readProjectWordList } from './word-list.ts';

export interface WordDictionary {
  /** Entries as wordKey()s: lower case, canonical tone spelling, syllables joined by one space. */
  readonly words: ReadonlySet<string>;
  /** The most syllables in one entry: how far the longest match needs to look ahead. */
  readonly longest: number;
}

/** Parses the words-vi.txt format: one word per line, `#` starts a comment, blank lines ignored. */
export function parseWordList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

export function createDictionary(words: Iterable<string>): WordDictionary {
  const keys = new Set<string>();
  let longest = 1;
  for (const word of words) {
    const syllables = word.split(/[\s-]+/).filter((s) => s !== '');
    keys.add(wordKey(syllables));
    longest = Math.max(longest, syllables.length);
  }
  return { words: keys, longest };
}

function wordKey(syllables: string[]): string {
  return canonicalToneSpelling(syllables.join(' ')).toLowerCase();
}

let projectDictionary: WordDictionary | undefined;

/** Segments with the project dictionary (read once, on first use; Node only). */
export function segmentWords(text: string): string[] {
  projectDictionary ??= createDictionary(parseWordList(readProjectWordList()));
  return segmentWith(projectDictionary, text);
}

export function segmentWith(dictionary: WordDictionary, text: string): string[] {
  const words: string[] = [];
  for (const run of syllableRuns(tokenize(text))) {
    const keys = run.map((syllable) => wordKey([syllable]));
    let at = 0;
    while (at < run.length) {
      const size = longestMatch(dictionary, keys, at);
      words.push(run.slice(at, at + size).join(' '));
      at += size;
    }
  }
  return words;
}

/** How many syllables from `at` form the longest dictionary word (1 when none does). */
function longestMatch(dictionary: WordDictionary, keys: string[], at: number): number {
  for (let size = Math.min(dictionary.longest, keys.length - at); size > 1; size--) {
    if (dictionary.words.has(keys.slice(at, at + size).join(' '))) return size;
  }
  return 1;
}

/** Runs of syllables that may form words; a number, date or code is a run of its own. */
function syllableRuns(tokens: Token[]): string[][] {
  const runs: string[][] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  tokens.forEach((token, i) => {
    if (token.kind === 'word') current.push(token.text);
    else if (!isJoiningHyphen(tokens, i)) {
      close();
      if (token.kind !== 'punct') runs.push([token.text]);
    }
  });
  close();
  return runs;
}

/** The hyphen of "vắc-xin": touching a word on both sides. */
function isJoiningHyphen(tokens: Token[], i: number): boolean {
  const [before, hyphen, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return (
    hyphen?.text === '-' &&
    before?.kind === 'word' &&
    after?.kind === 'word' &&
    before.end === hyphen.start &&
    hyphen.end === after.start
  );
}
