/**
 * Cue phrases compiled once into a lookup by first word, then matched over a clause's words.
 *
 * Cost: one map look-up per word, plus a short comparison for each cue starting with that word, so
 * it grows with the clause's length, not with the number of cues. Most of a clause's tagging time
 * is the tokenizer's (word-stream.ts); `npm run bench tagging-quality` prints clauses per second.
 */
import type { CueHit, Measure } from './schema.ts';
import { wordStream, type Word } from './word-stream.ts';

interface CompiledPhrase {
  measure: string;
  /** The phrase as written in measures.yaml, reported back in CueHit.cue. */
  phrase: string;
  keys: string[];
  isExclude: boolean;
}

export interface CueMatcher {
  /** Measure ids in taxonomy order, to list tags in. */
  order: readonly string[];
  byFirstKey: ReadonlyMap<string, readonly CompiledPhrase[]>;
}

export function compileCues(measures: readonly Measure[]): CueMatcher {
  const byFirstKey = new Map<string, CompiledPhrase[]>();
  const add = (measure: string, phrase: string, isExclude: boolean) => {
    const keys = wordStream(phrase).map((word) => word.key);
    const first = keys[0];
    if (first === undefined) throw new Error(`cue "${phrase}" of ${measure} has no words`);
    const bucket = byFirstKey.get(first) ?? [];
    bucket.push({ measure, phrase, keys, isExclude });
    byFirstKey.set(first, bucket);
  };
  for (const measure of measures) {
    for (const cue of measure.cues) add(measure.id, cue, false);
    for (const phrase of measure.exclude) add(measure.id, phrase, true);
  }
  return { order: measures.map((measure) => measure.id), byFirstKey };
}

/** Every cue hit in the text that no exclude phrase of its measure covers and no longer cue of its measure contains. */
export function matchCues(matcher: CueMatcher, text: string, words: readonly Word[] = wordStream(text)): CueHit[] {
  const hits: CueHit[] = [];
  const excluded: CueHit[] = [];
  words.forEach((word, at) => {
    for (const phrase of matcher.byFirstKey.get(word.key) ?? []) {
      const last = matchEnd(words, at, phrase.keys);
      if (last === undefined) continue;
      const hit = { measure: phrase.measure, cue: phrase.phrase, start: word.start, end: last.end };
      (phrase.isExclude ? excluded : hits).push(hit);
    }
  });
  return hits
    .filter((hit) => !excluded.some((span) => covers(span, hit)))
    .filter((hit) => !hits.some((other) => other !== hit && covers(other, hit) && length(other) > length(hit)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The last word of the phrase when it matches at `at`, its words joined by soft gaps only. */
function matchEnd(words: readonly Word[], at: number, keys: readonly string[]): Word | undefined {
  let word: Word | undefined;
  for (const [i, key] of keys.entries()) {
    word = words[at + i];
    if (word === undefined || word.key !== key || (i > 0 && !word.joinsPrevious)) return undefined;
  }
  return word;
}

function covers(outer: CueHit, inner: CueHit): boolean {
  return outer.measure === inner.measure && outer.start <= inner.start && inner.end <= outer.end;
}

function length(hit: CueHit): number {
  return hit.end - hit.start;
}
