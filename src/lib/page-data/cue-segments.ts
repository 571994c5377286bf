/**
 * A clause's text cut into plain and marked pieces at the cues of one measure, so the measure page
 * can show why each clause is listed. Pieces, not HTML: the page renders them with <mark>, and the
 * text is never parsed as markup.
 */
import type { Clause } from '../directive/schema.ts';
import { toSegments, type Segment } from '../search/segments.ts';

export type { Segment } from '../search/segments.ts';

/** Cues that overlap: the first one marked wins (toSegments). */
export function cueSegments(clause: Clause, measureId: string): Segment[] {
  const cues = clause.cues
    .filter((c) => c.measure === measureId && c.start < c.end && c.end <= clause.text.length)
    .sort((a, b) => a.start - b.start);
  return toSegments(clause.text, cues);
}
