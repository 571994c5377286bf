/**
 * From what a reader typed to the `q` Meilisearch receives: the diacritic-aware part of search.
 *
 * The index holds each clause twice: `text` (Meilisearch folds it: "tỉnh", "tính", "tinh" are one
 * word) and `telex`, a mark-preserving ASCII copy ("tinhr", "tinhs", "tinh"; see telex-copy.ts),
 * where the three stay apart. The rules, and how q carries them:
 * - A syllable typed without marks matches every spelling: it is sent as typed and meets `text`.
 * - A syllable typed with marks is sent as typed AND, at the end of q, in its Telex form. With
 *   `matchingStrategy: 'last'` Meilisearch first returns the documents holding every word of q,
 *   i.e. the exact spellings, then drops words from the end: the Telex forms go first, so the
 *   folded matches follow. One query, no federation; exact spellings rank first because the
 *   `words` rule counts them, not because a score was tuned. This needs prefix search off (see
 *   settings.ts): a last word "ddang" (đang) would otherwise match "ddangr" (Đảng) as a prefix.
 * - The exact switch sends every syllable in its Telex form and searches `telex` only: "cach" then
 *   finds the bare spelling alone, "cách" only "cách".
 * - "Quoted phrases" stay phrases (in Telex under the exact switch); codes become quoted code
 *   tokens (codes.ts) that meet the `codes` attribute.
 * Meilisearch reads at most 10 words of q; the Telex additions use what the reader's words leave.
 *
 * Browser-safe.
 */
import { foldKey } from '../text/fold.ts';
import { tokenize } from '../text/syllables.ts';
import { hasDiacritics } from '../text/telex.ts';
import { findCodes } from './codes.ts';
import { telexCopy } from './telex-copy.ts';

/** Meilisearch ignores the words of q after the tenth. */
export const MAX_QUERY_WORDS = 10;

/** One syllable (or number, or identifier) the reader typed. */
export interface QueryWord {
  /** As typed, NFC. */
  text: string;
  /** Diacritics and case removed: what `text` meets in the index. */
  folded: string;
  /** Mark-preserving form (telex-copy.ts): what the `telex` attribute meets in the index. */
  telex: string;
  /** Typed with at least one mark (tone, â ă ê ô ơ ư or đ). */
  marked: boolean;
}

export interface QueryPhrase {
  /** As typed between the quotes, punctuation kept: "ngoài chặt, trong lỏng" must not match across a full stop. */
  text: string;
  words: QueryWord[];
}

export interface QueryPlan {
  /** Words outside quotes, in order. */
  words: QueryWord[];
  /** Each quoted phrase. */
  phrases: QueryPhrase[];
  /** Code tokens (codes.ts), from "16/CT-TTg", "CT 07", "Chỉ thị 16". */
  codes: string[];
}

export interface MeiliQuery {
  q: string;
  /** Undefined: every searchable attribute. */
  attributesToSearchOn?: string[];
}

export function planQuery(input: string): QueryPlan {
  const plan: QueryPlan = { words: [], phrases: [], codes: [] };
  // Quotes were normalised to '"' where text comes from files; a reader may type “ ” too.
  const text = input.normalize('NFC').replace(/[“”„‟«»]/g, '"');
  const parts = text.split('"');
  parts.forEach((part, i) => {
    // Odd parts sit between quotes; a last unclosed quote is read as plain words.
    const quoted = i % 2 === 1 && i < parts.length - 1;
    const rest = takeCodes(part, plan.codes);
    const words = wordsOf(rest);
    if (quoted && words.length > 1) plan.phrases.push({ text: rest.trim().replace(/\s+/g, ' '), words });
    else plan.words.push(...words);
  });
  return plan;
}

/** The q (and attributes) for one search, with or without the exact switch. */
export function meiliQuery(plan: QueryPlan, exact: boolean): MeiliQuery {
  const codes = plan.codes.map((token) => `"${token}"`);
  if (exact) {
    const words = plan.words.map((w) => w.telex);
    // The Telex copy keeps no punctuation (telex-copy.ts), so its phrases have none either.
    const phrases = plan.phrases.map((p) => `"${p.words.map((w) => w.telex).join(' ')}"`);
    return { q: [...codes, ...phrases, ...words].join(' '), attributesToSearchOn: ['telex', 'codes'] };
  }
  const words = plan.words.map((w) => w.text);
  const phrases = plan.phrases.map((p) => `"${p.text}"`);
  const phraseWords = plan.phrases.flatMap((p) => p.words);
  const used = codes.length + phraseWords.length + words.length;
  const exactForms = [...phraseWords, ...plan.words]
    .filter((w) => w.marked)
    .map((w) => w.telex)
    .slice(0, Math.max(0, MAX_QUERY_WORDS - used));
  return { q: [...codes, ...phrases, ...words, ...exactForms].join(' ') };
}

/** Whether the plan has anything to search for (else the search lists everything, filtered). */
export function isEmptyPlan(plan: QueryPlan): boolean {
  return plan.words.length === 0 && plan.phrases.length === 0 && plan.codes.length === 0;
}

/** Pulls code mentions out of `text` into `codes`; returns the text without them. */
function takeCodes(text: string, codes: string[]): string {
  let rest = '';
  let at = 0;
  for (const mention of findCodes(text, 'query')) {
    if (!codes.includes(mention.token)) codes.push(mention.token);
    rest += `${text.slice(at, mention.start)} `;
    at = mention.end;
  }
  return rest + text.slice(at);
}

function wordsOf(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'punct') continue;
    // "Covid-19" and "SARS-CoV-2" go as their parts: a '-' inside q could read as Meilisearch's
    // negation ("covid -19"), and the index splits them at the hyphen anyway.
    for (const part of token.kind === 'code' ? token.text.split(/[-/]/) : [token.text]) {
      if (part) words.push(queryWord(part));
    }
  }
  return words;
}

function queryWord(text: string): QueryWord {
  return { text, folded: foldKey(text), telex: telexCopy(text), marked: hasDiacritics(text) };
}
