/**
 * A clause's text cut into plain and marked pieces at the cues of one measure, so the measure page
 * can show why each clause is listed. Pieces, not HTML: the page renders them with <mark>, and the
 * text is never parsed as markup.
 */
import type { Clause } from '../directive/schema.ts';

export interface Segment {
  text: string;
  match: boolean;
}

export function cueSegments(clause: Clause, measureId: string): Segment[] {
  const hits = clause.cues
    .filter((c) => c.measure === measureId && c.start < c.end && c.end <= clause.text.length)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue; // overlapping cues: the first one marked wins
    if (hit.start > at) segments.push({ text: clause.text.slice(at, hit.start), match: false });
    segments.push({ text: clause.text.slice(hit.start, hit.end), match: true });
    at = hit.end;
  }
  if (at < clause.text.length) segments.push({ text: clause.text.slice(at), match: false });
  return segments;
}
