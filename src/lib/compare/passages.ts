/**
 * A clause often gives several instructions: Hưng Yên's item 1 orders containment AND, in its second
 * paragraph, vaccination; Sơn La's item 2 runs through eight. Comparing whole clauses would let a
 * long clause's other instructions drown the one it shares, so a clause is also cut into passages,
 * one instruction each as far as punctuation shows it:
 * - a ";" or a line break ends a passage (the seeds list sub-instructions with ";");
 * - a sentence end ends one: ".", "!", "?" or "..." followed by a space ("… vũ trường... Đồng ý
 *   cho người dân …");
 * - a passage shorter than MIN_PASSAGE_SYLLABLES joins the one before it: "tuyệt đối không chủ
 *   quan, lơ là" alone is too short to be compared reliably.
 * Commas never cut: "phòng, chống", "kịp thời, đồng bộ, quyết liệt" are one thought.
 */
import type { KeyedSyllable } from '../text/index.ts';

export const MIN_PASSAGE_SYLLABLES = 8;

/** A passage as a range of syllables [from, to) of its clause, and of characters [start, end). */
export interface PassageRange {
  from: number;
  to: number;
  start: number;
  end: number;
}

const BOUNDARY = /[;\n]|[.!?…]["')\]]*\s/u;

export function splitPassages(text: string, syllables: readonly KeyedSyllable[]): PassageRange[] {
  if (syllables.length === 0) return [];
  const cuts = [0];
  for (let i = 1; i < syllables.length; i++) {
    const gap = text.slice(syllables[i - 1]!.end, syllables[i]!.start);
    if (BOUNDARY.test(gap)) cuts.push(i);
  }
  cuts.push(syllables.length);
  const ranges: Array<{ from: number; to: number }> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const last = ranges.at(-1);
    if (last && (to - from < MIN_PASSAGE_SYLLABLES || last.to - last.from < MIN_PASSAGE_SYLLABLES)) last.to = to;
    else ranges.push({ from, to });
  }
  return ranges.map(({ from, to }) => ({ from, to, start: syllables[from]!.start, end: syllables[to - 1]!.end }));
}
