/**
 * Features of a text for similarity: its folded syllables (keyedSyllables: "vắc-xin" = "vắc xin",
 * "Covid - 19" = "Covid-19", no diacritics, no case) and its syllable bigrams. Syllables alone
 * match any clause about "phòng, chống dịch"; bigrams keep some word order ("cách ly" vs "ly
 * cách") and the two-syllable words Vietnamese is made of ("khẩu trang", "truy vết").
 * Features are numbered by a vocabulary so that vectors are sorted Int32Arrays; a bigram is looked
 * up by its two syllable ids (a number), never by building the string "khau trang" (100,000
 * clauses make ten million bigrams).
 */
import type { IdArena } from './id-arena.ts';

export class Vocabulary {
  readonly #syllables = new Map<string, number>();
  /**
   * Bigram ids by first syllable id, then second. One Map keyed by `first * 2^26 + second` held
   * numbers past V8's small-integer range: each of the ten million lookups at 5,000 directives
   * allocated a heap number to hash. Two small-integer lookups allocate nothing.
   */
  readonly #bigrams = new Map<number, Map<number, number>>();
  /** How many units (passages) contain each feature. */
  readonly df: number[] = [];

  get size(): number {
    return this.df.length;
  }

  /** The id of a syllable, adding it when `grow`; -1 for an unknown one otherwise. */
  syllable(key: string, grow: boolean): number {
    let id = this.#syllables.get(key);
    if (id === undefined) {
      if (!grow) return -1;
      id = this.#next();
      this.#syllables.set(key, id);
    }
    return id;
  }

  /** The id of the bigram of two syllable ids, adding it when `grow`; -1 if unknown (or a part is). */
  bigram(first: number, second: number, grow: boolean): number {
    if (first < 0 || second < 0) return -1;
    let seconds = this.#bigrams.get(first);
    let id = seconds?.get(second);
    if (id === undefined) {
      if (!grow) return -1;
      id = this.#next();
      if (!seconds) this.#bigrams.set(first, (seconds = new Map()));
      seconds.set(second, id);
    }
    return id;
  }

  /**
   * Every feature's text by id: a syllable's key, or a bigram's two keys joined by a space. Built on
   * demand (the index never needs it); the site's frequency table is keyed by it, so that a small
   * index built in the browser can weigh its features as the whole corpus does.
   */
  keys(): string[] {
    const keys: string[] = Array.from({ length: this.size }, () => '');
    for (const [key, id] of this.#syllables) keys[id] = key;
    for (const [first, seconds] of this.#bigrams)
      for (const [second, id] of seconds) keys[id] = `${keys[first]!} ${keys[second]!}`;
    return keys;
  }

  #next(): number {
    this.df.push(0);
    return this.df.length - 1;
  }
}

/** A text's syllable ids and the ids of each adjacent pair (bigrams[i] joins syllables i and i+1). */
export interface FeatureRow {
  syllables: Int32Array;
  bigrams: Int32Array;
}

export function featureRow(keys: readonly string[], vocabulary: Vocabulary, grow: boolean): FeatureRow {
  const syllables = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) syllables[i] = vocabulary.syllable(keys[i]!, grow);
  const bigrams = new Int32Array(Math.max(0, keys.length - 1));
  for (let i = 0; i + 1 < keys.length; i++) bigrams[i] = vocabulary.bigram(syllables[i]!, syllables[i + 1]!, grow);
  return { syllables, bigrams };
}

/**
 * Sorted, distinct, known feature ids of syllables [from, to): their unigrams and inner bigrams.
 * Stored in `arena` when given (the index's vectors), else a fresh array (a query's).
 */
export function featureIds(row: FeatureRow, from: number, to: number, arena?: IdArena): Int32Array {
  const ids = scratch(Math.max(0, 2 * (to - from) - 1));
  let n = 0;
  for (let i = from; i < to; i++) {
    const unigram = row.syllables[i]!;
    if (unigram >= 0) ids[n++] = unigram;
    if (i + 1 < to) {
      const bigram = row.bigrams[i]!;
      if (bigram >= 0) ids[n++] = bigram;
    }
  }
  const sorted = ids.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  const result = sorted.subarray(0, distinct);
  return arena ? arena.store(result) : result.slice();
}

// One work buffer for featureIds, grown as needed: a clause's ids are sorted in it, then copied
// once, instead of allocating (off-heap) a buffer per vector and throwing it away.
let work = new Int32Array(1024);

function scratch(length: number): Int32Array {
  if (work.length < length) work = new Int32Array(Math.max(length, 2 * work.length));
  return work;
}
