/**
 * The measure tags on a clause, each with the cue phrases that fired, so the page can say why a
 * clause was tagged ("cụm từ “cách ly” trong: … cách ly tập trung …").
 */
import type { Clause } from '../directive/schema.ts';
import { getMeasure } from '../measures/index.ts';

export interface MeasureTag {
  id: string;
  /** "Khẩu trang và thông điệp 5K". */
  label: string;
  /** Distinct cue phrases that fired, with the words as they stand in the clause when they differ. */
  cues: Array<{ cue: string; matched: string }>;
  /**
   * Central documents the clause applies that imply the measure ("16/CT-TTg", "128/NQ-CP cấp 3"),
   * with the words naming them; present only when there is one, shown as "theo 16/CT-TTg".
   */
  implied?: Array<{ by: string; named: string }>;
}

export function measureTags(clause: Clause): MeasureTag[] {
  return clause.measures.map((id) => {
    const seen = new Set<string>();
    const cues: MeasureTag['cues'] = [];
    // The clause's own cues, then those of the parent's lead-in it completes (offsets into leadIn).
    const hits = [
      ...clause.cues.map((hit) => ({ hit, text: clause.text })),
      ...(clause.leadInCues ?? []).map((hit) => ({ hit, text: clause.leadIn ?? '' })),
    ];
    for (const { hit, text } of hits) {
      if (hit.measure !== id) continue;
      const matched = text.slice(hit.start, hit.end) || hit.cue;
      const key = `${hit.cue}|${matched}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cues.push({ cue: hit.cue, matched });
    }
    const implied = (clause.implied ?? [])
      .filter((hit) => hit.measure === id)
      .map((hit) => ({ by: hit.by, named: clause.text.slice(hit.start, hit.end) || hit.by }));
    return { id, label: getMeasure(id)?.vi ?? id, cues, ...(implied.length > 0 && { implied }) };
  });
}
