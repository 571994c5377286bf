/**
 * A text cut into plain and marked pieces: what the pages render with `{#each}` and `<mark>`, never
 * `{@html}`, and what `chithi search` prints with its own marks. One shape for every marked text of
 * the portal: a search hit's snippet (snippet.ts) and a clause's measure cues (page-data/cue-segments.ts).
 *
 * Browser-safe.
 */

/** A UTF-16 range of a text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One piece of a marked text. */
export interface Segment {
  text: string;
  /** Whether the piece is marked (a matched word, a measure's cue). */
  match: boolean;
}

/**
 * `text` within `window` (default: all of it), cut at the spans, which must be sorted by start. A
 * span that starts inside an earlier one is skipped: the first one marked wins, so no character is
 * shown twice.
 */
export function toSegments(
  text: string,
  spans: readonly Span[],
  window: Span = { start: 0, end: text.length },
): Segment[] {
  const segments: Segment[] = [];
  let at = window.start;
  for (const span of spans) {
    const start = Math.max(span.start, window.start);
    const end = Math.min(span.end, window.end);
    if (start >= end || start < at) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < window.end) segments.push({ text: text.slice(at, window.end), match: false });
  return segments;
}
