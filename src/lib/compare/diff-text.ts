/**
 * A clause's text as the units the diff compares: one per syllable (keyedSyllables: folded,
 * "vắc-xin" = "vắc xin", "Covid - 19" = "Covid-19"), each carrying the characters shown for it —
 * the syllable as printed and the spaces and punctuation after it — so that the segments put back
 * together give the text exactly.
 */
import { keyedSyllables } from '../text/index.ts';

export interface DiffUnit {
  /** Folded comparison key: "vac". */
  key: string;
  /** The syllable as printed: "vắc". */
  word: string;
  /** Punctuation after it, spaces removed: "-", ",", "" (what a minor difference may change). */
  punct: string;
  /** What the reader sees for this unit: word, the text after it, and for the first, any before. */
  display: string;
}

export interface DiffText {
  text: string;
  units: DiffUnit[];
}

export function toDiffText(text: string): DiffText {
  const syllables = keyedSyllables(text);
  const units = syllables.map((syllable, i): DiffUnit => {
    const from = i === 0 ? 0 : syllable.start;
    const to = syllables[i + 1]?.start ?? text.length;
    const after = text.slice(syllable.end, to);
    return {
      key: syllable.key,
      word: text.slice(syllable.start, syllable.end),
      punct: after.replace(/\s+/gu, ''),
      display: text.slice(from, to),
    };
  });
  return { text, units };
}
