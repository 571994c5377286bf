/**
 * tagClause: which measures a clause orders, and the cue phrases that say so, so that the portal
 * can explain every tag ("Cách ly — because of “cách ly tập trung”").
 *
 * What counts as ordering a measure is decided in content/measures.yaml's header: a clause that
 * implements, prepares, enforces or publicises a measure, or supplies and supports the people
 * under it, is tagged; preambles and situation reports are not clauses and never reach here.
 * The tagger itself only sees words: it tags whatever a cue names, so a measure that a clause
 * mentions only as background (rare inside operative clauses) is tagged too. Besides cues, a
 * clause that applies a central document (Chỉ thị 16/CT-TTg, a level of Nghị quyết 128) gets the
 * measures that document carries, reported apart as `implied` (implied-measures.ts). A distancing
 * regime scoped to named areas is zoning too (area-scope.ts), reported as a cue on the scoping words.
 */
import { listMeasures } from './catalogue.ts';
import { compileCues, matchCues, type CueMatcher } from './cue-matcher.ts';
import { impliedMeasures } from './implied-measures.ts';
import type { ClauseTags } from './schema.ts';
import { wordStream } from './word-stream.ts';
import { areaRegimeHit } from './area-scope.ts';

let matcher: CueMatcher | undefined;

/**
 * Tags one clause. Pass normalizeText output as the parser does; NFD, old tone placement and raw
 * dashes are tolerated. Offsets in the cue hits point into `text` exactly as given.
 */
export function tagClause(text: string): ClauseTags {
  matcher ??= compileCues(listMeasures());
  const words = wordStream(text);
  const cues = matchCues(matcher, text, words);
  const zoning = areaRegimeHit(text);
  if (zoning) cues.push(zoning);
  cues.sort((a, b) => a.start - b.start || b.end - a.end);
  const implied = impliedMeasures(text, words);
  const fired = new Set([...cues, ...implied].map((hit) => hit.measure));
  return { measures: matcher.order.filter((id) => fired.has(id)), cues, implied };
}
