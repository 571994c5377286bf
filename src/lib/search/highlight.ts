/**
 * Which words of a search hit to mark.
 *
 * Meilisearch says what matched — synonyms and typos included — by highlighting `text` with two
 * control characters as tags (cheap to find, never in a normalised text); this module turns that
 * into spans and refines it:
 * - exact spellings: for "tính", a clause holding "tính" marks "tính", not the "tỉnh" next to it
 *   that matched only once folded (Meilisearch marks every folded match);
 * - the exact switch searches the Telex copy, so its highlight is there: a marked Telex word is
 *   mapped back to the word of the text it was made from;
 * - codes: "07/CT-TU" matched the `codes` attribute, which has no place in the text; the code is
 *   found again in the text (codes.ts).
 * The page and the CLI render the spans as segments (segments.ts, snippet.ts).
 *
 * Browser-safe.
 */
import { cachedFoldKey } from '../text/fold.ts';
import { findCodes } from './codes.ts';
import type { QueryPlan } from './query-plan.ts';
import type { Span } from './segments.ts';
import { telexOf, wordRuns } from './telex-copy.ts';

/**
 * The tags Meilisearch is asked to put around matches: start of text, end of text, not found in a
 * normalised clause (one that held them would only lose its marks: see taggedSpans).
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** `_formatted` of a hit: the highlighted attributes. */
export interface Formatted {
  text?: string | undefined;
  telex?: string | undefined;
}

/** The UTF-16 spans of `text` to mark for this hit. */
export function matchedSpans(text: string, formatted: Formatted, plan: QueryPlan, exact: boolean): Span[] {
  const spans = exact
    ? telexSpans(text, formatted.telex)
    : exactSpellings(text, taggedSpans(text, formatted.text), plan);
  if (plan.codes.length > 0) {
    for (const code of findCodes(text)) {
      if (plan.codes.includes(code.token) || plan.codes.includes(code.partial)) spans.push(code);
    }
  }
  return mergeSpans(text, spans);
}

/** Spans between the tags of a highlighted copy of `text`; none if the copy is not `text` tagged. */
export function taggedSpans(text: string, tagged: string | undefined): Span[] {
  if (!tagged) return [];
  const spans: Span[] = [];
  let at = 0;
  let open = -1;
  for (let i = 0; i < tagged.length; i++) {
    const c = tagged[i];
    if (c === MATCH_START) open = at;
    else if (c === MATCH_END) {
      if (open >= 0) spans.push({ start: open, end: at });
      open = -1;
    } else if (text[at++] !== c) return [];
  }
  return at === text.length ? spans : [];
}

/**
 * For a word typed with marks that this hit holds in exactly that spelling, only that spelling is
 * marked; a hit that holds it only folded keeps its folded matches marked (else nothing would be).
 */
function exactSpellings(text: string, spans: Span[], plan: QueryPlan): Span[] {
  const marked = [...plan.words, ...plan.phrases.flatMap((p) => p.words)].filter((w) => w.marked);
  if (marked.length === 0 || spans.length === 0) return spans;
  const spelt = spans.map((span) => {
    const word = text.slice(span.start, span.end);
    return { span, folded: cachedFoldKey(word), telex: telexOf(word) };
  });
  const wanted = new Map<string, Set<string>>();
  for (const word of marked) {
    if (!spelt.some((s) => s.telex === word.telex)) continue;
    wanted.set(word.folded, (wanted.get(word.folded) ?? new Set()).add(word.telex));
  }
  return spelt.filter((s) => wanted.get(s.folded)?.has(s.telex) ?? true).map((s) => s.span);
}

/** The Telex copy has one space-separated form per word run of the text (telex-copy.ts): word i ↔ run i. */
function telexSpans(text: string, taggedTelex: string | undefined): Span[] {
  if (!taggedTelex) return [];
  const copy = taggedTelex.replaceAll(MATCH_START, '').replaceAll(MATCH_END, '');
  const marks = taggedSpans(copy, taggedTelex);
  if (marks.length === 0) return [];
  const words = wordRuns(text);
  const spans: Span[] = [];
  for (const mark of marks) {
    const word = words[countSpaces(copy, mark.start)];
    if (word) spans.push({ start: word.start, end: word.end });
  }
  return spans;
}

/**
 * Overlapping spans become one, and so do spans with only spaces between them: the reader typed
 * "cách ly" and should see one marked phrase, not two marked syllables.
 */
function mergeSpans(text: string, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && (span.start < last.end || /^[ \t]+$/.test(text.slice(last.end, span.start)))) {
      last.end = Math.max(last.end, span.end);
    } else if (span.end > span.start) merged.push({ ...span });
  }
  return merged;
}

function countSpaces(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}
